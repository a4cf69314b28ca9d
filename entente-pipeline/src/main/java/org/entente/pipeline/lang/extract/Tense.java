package org.entente.pipeline.lang.extract;

import java.time.LocalDate;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.time.DateMention;

/** Whether a clause speaks of the future: a future verb, a commitment trigger, a later date. */
final class Tense {

  private Tense() {}

  /** Whether the point reading of {@code d} is a day after {@code published}. */
  static boolean after(DateMention d, LocalDate published) {
    return published != null
        && d.pointDate() != null
        && d.pointDate().isComplete()
        && d.pointDate().toLocalDate().isAfter(published);
  }

  static boolean isFuture(Lexicon lexicon, LocalText lt, int from, int to, LocalDate published) {
    boolean futureVerb = false;
    for (int[] w : lt.words(from, to)) {
      String word = lt.text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT);
      futureVerb |= Character.isLowerCase(lt.text.charAt(w[0])) && lexicon.isFuture(word);
    }
    if (lexicon.pastMarkers().any(lt.folded, from, to)) {
      // "il a été convenu que la prochaine session se tiendra en 2027": a past report of a
      // future occasion, when a future verb and a later date both say so
      return futureVerb && laterDate(lt, from, to, published);
    }
    if (futureVerb) {
      return true;
    }
    if (lexicon.commitmentTriggers().any(lt.folded, from, to)) {
      return true;
    }
    return laterDate(lt, from, to, published);
  }

  /**
   * Relative pronouns: a date after one belongs to the relative clause ("une convention qui fixe
   * pour les trois prochaines années …"), not to the verb that the clause reports.
   */
  private static final java.util.Set<String> RELATIVES =
      java.util.Set.of(
          "qui",
          "dont",
          "lequel",
          "laquelle",
          "lesquels",
          "lesquelles",
          "cuyo",
          "cuya",
          "cuyos",
          "cuyas");

  /** Whether a date of the clause, not the dateline's, is a day or a period after publication. */
  private static boolean laterDate(LocalText lt, int from, int to, LocalDate published) {
    if (published != null) {
      int relative = to;
      for (int[] w : lt.words(from, to)) {
        if (RELATIVES.contains(lt.folded.substring(w[0], w[1]))) {
          relative = w[0];
          break;
        }
      }
      for (DateMention d : lt.datesIn(from, to)) {
        if (lt.isDateline(d)) {
          continue; // "DAKAR, 12 mai 2026 –": the day of the story
        }
        if (d.start() > relative) {
          continue;
        }
        if (d.pointDate() == null && d.futureDate() != null
            || d.pointDate() != null
                && d.pointDate().earliestDay() != null
                && d.pointDate().earliestDay().isAfter(published)) {
          // "le 12 mai", and "le mois prochain", "en 2027": a day or a period still to come
          return true;
        }
      }
    }
    return false;
  }

  /** Folded relative pronouns that open a clause of its own: "qui", "que", "donde". */
  private static final java.util.Set<String> RELATIVE_OPENERS =
      java.util.Set.of(
          "qui", "que", "dont", "ou", "lequel", "laquelle", "cuyo", "cuya", "donde", "cual");

  /**
   * Whether the words from {@code from} to {@code to} hold a relative pronoun and, after it, a verb
   * in the future: the date at {@code to} is an occasion's to come, not the meeting's.
   */
  static boolean futureRelative(Lexicon lexicon, LocalText lt, int from, int to) {
    boolean relative = false;
    for (int[] w : lt.words(from, to)) {
      String f = lt.folded.substring(w[0], w[1]);
      if (RELATIVE_OPENERS.contains(f)) {
        relative = true;
      } else if (relative
          && lexicon.isFuture(lt.text.substring(w[0], w[1]).toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
