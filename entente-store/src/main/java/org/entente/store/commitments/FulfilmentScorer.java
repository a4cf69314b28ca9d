package org.entente.store.commitments;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.store.identity.Words;

/**
 * How likely a later meeting or agreement realises a commitment. The confidence is {@code 0.6 ×
 * words + 0.25 × parties + 0.15 × timing}:
 *
 * <ul>
 *   <li>words — the share of the action's content words (generic verbs such as "hold" or "organise"
 *       removed, see {@code generic-verbs.txt}) found, stemmed, in the event's name, kind and
 *       evidence text;
 *   <li>parties — 1 when every party of the commitment takes part in the event, else 0;
 *   <li>timing — 1 when the event falls between the commitment and its deadline, 0.7 after the
 *       deadline or when a date is unknown; events before the commitment never count.
 * </ul>
 *
 * A link is made when words ≥ {@value #MIN_WORDS}, parties = 1 and confidence ≥ {@value
 * #MIN_CONFIDENCE}. Immutable and thread-safe.
 */
public final class FulfilmentScorer {

  public static final double MIN_WORDS = 0.6;
  public static final double MIN_CONFIDENCE = 0.7;

  private static final String RESOURCE = "generic-verbs.txt";
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private final Set<String> generic;

  private FulfilmentScorer(Set<String> generic) {
    this.generic = Set.copyOf(generic);
  }

  /** Loads the bundled word list; fails naming the line on a malformed entry. */
  public static FulfilmentScorer load() {
    Set<String> words = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(FulfilmentScorer.class, RESOURCE)) {
      if (line.fields().size() != 1 || !WORD.matcher(line.field(0)).matches()) {
        throw line.error("not a lower-case word");
      }
      words.add(Words.stem(line.field(0)));
    }
    return new FulfilmentScorer(words);
  }

  /** The action's content words, stemmed, generic verbs removed. */
  public Set<String> content(String action) {
    Set<String> s = new HashSet<>(Words.stems(action));
    s.removeAll(generic);
    return s;
  }

  /**
   * The confidence that the event realises the commitment, or 0 when it cannot.
   *
   * @param action the commitment's action
   * @param parties the commitment's parties
   * @param made the day the commitment was made, or null
   * @param due the last day of its deadline, or null
   * @param eventText the event's name, kind and evidence text
   * @param eventParties the event's parties
   * @param eventDay the event's day, or null
   */
  public double score(
      String action,
      List<String> parties,
      LocalDate made,
      LocalDate due,
      String eventText,
      List<String> eventParties,
      LocalDate eventDay) {
    return score(
        content(action), parties, made, due, Words.stems(eventText), eventParties, eventDay);
  }

  /**
   * {@link #score(String, List, LocalDate, LocalDate, String, List, LocalDate)} on the {@link
   * #content content words} of the action and the {@link Words#stems stems} of the event's text,
   * for callers that score one event against many commitments or the reverse.
   */
  public double score(
      Set<String> actionContent,
      List<String> parties,
      LocalDate made,
      LocalDate due,
      Set<String> eventStems,
      List<String> eventParties,
      LocalDate eventDay) {
    double words = Words.coverage(actionContent, eventStems);
    if (words < MIN_WORDS || !eventParties.containsAll(parties)) {
      return 0;
    }
    double timing;
    if (made != null && eventDay != null) {
      if (!eventDay.isAfter(made)) {
        return 0;
      }
      timing = due == null || !eventDay.isAfter(due) ? 1 : 0.7;
    } else {
      timing = 0.7;
    }
    double c = 0.6 * words + 0.25 + 0.15 * timing;
    return c >= MIN_CONFIDENCE ? Math.round(c * 1000) / 1000.0 : 0;
  }
}
