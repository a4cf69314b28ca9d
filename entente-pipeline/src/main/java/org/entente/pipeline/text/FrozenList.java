package org.entente.pipeline.text;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list over an array, one class whatever its length, for the lists that hot loops
 * read at every token: a sentence's tokens, a lexicon's entries and their words. {@link
 * List#copyOf} makes one class for a list of one or two elements and another for longer ones, and
 * {@link List#of()} a third for none; a call site that met two of them (a one-word headline, then a
 * long sentence) had every later call to {@code get} and {@code size} dispatched through a table,
 * as the launcher's client compiler calls directly only a site that has met a single class.
 * Immutable and thread-safe when its elements are; rejects null elements, as {@link List#copyOf}
 * does.
 *
 * @param <E> the element type
 */
public final class FrozenList<E> extends AbstractList<E> implements RandomAccess {

  private static final FrozenList<Object> EMPTY = new FrozenList<>(new Object[0]);

  private final Object[] elements;

  private FrozenList(Object[] elements) {
    this.elements = elements;
  }

  /** The elements of {@code c}, in iteration order; {@code c} itself when it is one already. */
  @SuppressWarnings("unchecked")
  public static <E> FrozenList<E> copyOf(Collection<? extends E> c) {
    if (c instanceof FrozenList<?> same) {
      return (FrozenList<E>) same;
    }
    if (c.isEmpty()) {
      return empty();
    }
    Object[] array = c.toArray();
    for (Object e : array) {
      Objects.requireNonNull(e);
    }
    return new FrozenList<>(array);
  }

  /** The empty list, of this class. */
  @SuppressWarnings("unchecked")
  public static <E> FrozenList<E> empty() {
    return (FrozenList<E>) EMPTY;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) elements[index];
  }

  @Override
  public int size() {
    return elements.length;
  }

  /** An iterator of its own class: the shared one of {@link AbstractList} calls back into get. */
  @Override
  public Iterator<E> iterator() {
    return new Itr<>(elements);
  }

  private static final class Itr<E> implements Iterator<E> {
    private final Object[] elements;
    private int next;

    Itr(Object[] elements) {
      this.elements = elements;
    }

    @Override
    public boolean hasNext() {
      return next < elements.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public E next() {
      if (next >= elements.length) {
        throw new NoSuchElementException();
      }
      return (E) elements[next++];
    }
  }
}
