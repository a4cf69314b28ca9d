package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Span;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Folds repeated undertakings into one record: the headline and the body often say the same thing.
 * Two readings with their own, different deadlines stay apart (two occasions). Stateless.
 */
final class CommitmentMerge {

  /** How many earlier records a new undertaking is compared with (linear time on garbled text). */
  static final int MERGE_WINDOW = 64;

  /** Particles of phrasal verbs ("hand over", "set up"): part of the verb, not of its object. */
  private static final Set<String> PARTICLES = Set.of("over", "up", "out", "off", "down", "back");

  private CommitmentMerge() {}

  /**
   * Adds an undertaking, or folds it into an earlier one with the same head verb whose words
   * overlap by half, or whose words contain or are contained in its own (the headline and the body
   * often say the same thing): parties and spans are joined, the fuller wording is kept.
   */
  static void add(List<Commitment> found, Clause c, Set<String> parties, ActionReader.Action a) {
    FrozenList<Token> tokens = c.tokens();
    Span span = new Span(tokens.get(a.from()).start(), tokens.get(a.to() - 1).end());
    Deadline deadline = a.date() == null ? null : a.date().deadline();
    Set<String> words = ContentWords.of(a.text());
    String head = headWord(a.text());
    for (int i = Math.max(0, found.size() - MERGE_WINDOW); i < found.size(); i++) {
      Commitment old = found.get(i);
      Set<String> ow = ContentWords.of(old.action());
      Set<String> shared = new HashSet<>(words);
      shared.retainAll(ow);
      int smaller = Math.min(words.size(), ow.size());
      boolean sameHead = headWord(old.action()).equals(head) && sameObject(words, ow, head);
      boolean contained = shared.size() >= 2 && shared.size() == smaller;
      if (!sameHead && !contained || twoOccasions(old.deadline(), deadline)) {
        continue;
      }
      boolean longer = words.size() > ow.size();
      Set<String> joined = new TreeSet<>(old.parties());
      joined.addAll(parties);
      List<Span> spans = new ArrayList<>(old.spans());
      spans.add(span);
      found.set(
          i,
          new Commitment(
              new ArrayList<>(joined),
              longer ? a.text() : old.action(),
              old.place() != null ? old.place() : a.place(),
              old.deadline() != null && old.deadline().due() != null ? old.deadline() : deadline,
              null,
              spans));
      return;
    }
    found.add(
        new Commitment(
            new ArrayList<>(new TreeSet<>(parties)),
            a.text(),
            a.place(),
            deadline,
            null,
            List.of(span)));
  }

  /** An undertaking already read that shares a party and half its words with {@code s}. */
  static boolean sameOccasion(Commitment f, Commitment s) {
    if (f.parties().stream().noneMatch(s.parties()::contains)) {
      return false;
    }
    Set<String> a = ContentWords.of(f.action());
    Set<String> b = ContentWords.of(s.action());
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    return shared.size() * 2 >= Math.min(a.size(), b.size());
  }

  private static String headWord(String action) {
    int space = action.indexOf(' ');
    return (space < 0 ? action : action.substring(0, space)).toLowerCase(Locale.ROOT);
  }

  /** Words of amounts, which two targets share without being one: "to USD 6 billion". */
  private static final Set<String> AMOUNTS =
      Set.of("billion", "million", "trillion", "percent", "usd", "eur", "gbp", "dollars", "euros");

  private static boolean amountWord(String w) {
    return AMOUNTS.contains(w) || w.chars().anyMatch(Character::isDigit);
  }

  /** Both readings carry a resolved deadline and they differ: two occasions, not one. */
  private static boolean twoOccasions(Deadline a, Deadline b) {
    return a != null && b != null && a.due() != null && b.due() != null && !a.due().equals(b.due());
  }

  /**
   * The objects of two actions with the same head verb overlap by half: "hand over two vessels to
   * Peru" and "hand over the chair from Chile to Peru" are two acts, though they share three words.
   * An action with no object words is the same act.
   */
  private static boolean sameObject(Set<String> a, Set<String> b, String head) {
    Set<String> x = new HashSet<>(a);
    Set<String> y = new HashSet<>(b);
    x.remove(head);
    y.remove(head);
    x.removeAll(PARTICLES);
    y.removeAll(PARTICLES);
    x.removeIf(CommitmentMerge::amountWord);
    y.removeIf(CommitmentMerge::amountWord);
    if (x.isEmpty() || y.isEmpty()) {
      return true;
    }
    Set<String> shared = new HashSet<>(x);
    shared.retainAll(y);
    return shared.size() * 2 >= Math.min(x.size(), y.size())
        && shared.size() >= Math.min(2, Math.min(x.size(), y.size()));
  }
}
