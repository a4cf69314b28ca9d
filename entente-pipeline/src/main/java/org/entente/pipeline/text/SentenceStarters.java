package org.entente.pipeline.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Words that commonly begin a sentence ("The", "He", "But"), loaded from {@code
 * sentence-starters.txt}, whose header documents the format. Matching ignores case. Immutable and
 * thread-safe.
 */
public final class SentenceStarters {

  static final String RESOURCE = "sentence-starters.txt";

  private final Set<String> words;

  private SentenceStarters(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The bundled list; loaded and validated once. */
  public static SentenceStarters defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Parses a list in the format of {@code sentence-starters.txt}.
   *
   * @param file the name to give in errors
   * @throws IllegalArgumentException naming the file, the line and its content when a line is bad
   */
  public static SentenceStarters parse(String file, Reader reader) {
    try {
      return of(ResourceLines.read(file, reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static SentenceStarters of(Iterable<ResourceLines.Line> lines) {
    Set<String> words = new HashSet<>();
    for (ResourceLines.Line line : lines) {
      String word = line.content();
      if (!Character.isUpperCase(word.codePointAt(0))) {
        throw line.error("a sentence starter begins with a capital letter");
      }
      if (!word.codePoints().allMatch(c -> Character.isLetter(c) || c == '\'' || c == '’')) {
        throw line.error("a sentence starter is one word of letters");
      }
      if (!words.add(word.toLowerCase(Locale.ROOT))) {
        throw line.error("duplicate sentence starter");
      }
    }
    return new SentenceStarters(words);
  }

  /** True when {@code word} is listed, in any case: "The", "THE" and "the" alike. */
  public boolean contains(String word) {
    return word.length() <= 32 && words.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final class Defaults {
    static final SentenceStarters INSTANCE = of(ResourceLines.resource(RESOURCE));
  }
}
