package org.entente.pipeline.lang.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.model.Commitment;
import org.entente.model.Span;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.time.DateMention;

/**
 * An occasion that a past participle dates ahead of publication: "la réunion des ministres prévue
 * en juin prochain à Lomé", "la III Cumbre Binacional (CUBI), programada para el 4 de mayo". Such
 * an occasion is an undertaking to hold it: the action is the participle's verb from the lexicon
 * and the noun phrase before it, the deadline the date after it. The participle must modify that
 * noun phrase (no auxiliary before it: "est prévue" is read as an event verb), the phrase must name
 * an act or a gathering, and every day the date allows must lie after publication ("initialement
 * prévue du 3 au 5", "programado para el lunes pasado" are no undertakings). Stateless.
 */
final class ScheduledEvents {

  /** The most characters between the participle and its date ("pour le ", "para el "). */
  private static final int MAX_GAP = 10;

  /** Lower-case words of the antecedent's opening among which its head noun is looked for. */
  private static final int HEAD_WORDS = 4;

  /** Articles that open the action in lower case: "tenir la réunion". */
  private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l'", "el", "los", "las");

  private final Lexicon lexicon;

  ScheduledEvents(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The undertaking the participle {@code hit} dates in the sentence [{@code from}, {@code to}),
   * bound to {@code parties}, or null.
   */
  Commitment read(
      LocalText lt,
      int from,
      int to,
      List<int[]> words,
      PhraseList.Hit<String> hit,
      List<String> parties) {
    LocalDate pub = lt.analysis.referenceDate();
    if (pub == null || parties.isEmpty()) {
      return null;
    }
    int at = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i)[0] == hit.start()) {
        at = i;
      }
    }
    if (at <= 0 || words.get(at - 1)[0] < from || isAuxiliary(lt, words.get(at - 1))) {
      return null;
    }
    DateMention due = dateAfter(lt, hit.end(), to);
    if (due == null || !ahead(lt, due, pub, from, to)) {
      return null;
    }
    int[] occasion = ClauseParts.antecedent(lt, words, from, hit.start(), lexicon::isActionNoun);
    if (occasion == null || !namesAnAct(lt, words, occasion)) {
      return null;
    }
    // the phrase as written, its opening article in lower case: "tenir la réunion de l'UEMOA"
    String phrase = lt.text.substring(occasion[0], occasion[1]).replaceAll("\\s+", " ");
    int space = phrase.indexOf(' ');
    if (space > 0 && ARTICLES.contains(phrase.substring(0, space).toLowerCase(Locale.ROOT))) {
      phrase = phrase.substring(0, space).toLowerCase(Locale.ROOT) + phrase.substring(space);
    }
    String action = hit.value() + " " + ClauseParts.heldArticle(lt, words, occasion[0]) + phrase;
    return new Commitment(
        parties, action, null, due.deadline(), null, List.of(new Span(occasion[0], due.end())));
  }

  /**
   * Whether every day {@code d} allows lies after publication: a date with its year or said to be
   * next ("en août prochain"), or one without a year in a sentence that tells of no past ("la
   * reunión programada para el 20 de febrero se celebró" is over).
   */
  private boolean ahead(LocalText lt, DateMention d, LocalDate pub, int from, int to) {
    if (d.pointDate() != null
        && d.pointDate().earliestDay() != null
        && d.pointDate().earliestDay().isAfter(pub)) {
      return true;
    }
    return d.due() != null
        && d.due().earliestDay() != null
        && d.due().earliestDay().isAfter(pub)
        && !lexicon.pastMarkers().any(lt.folded, from, to);
  }

  /** "est prévue", "initialement prévue": a word that makes the participle a verb of its own. */
  private boolean isAuxiliary(LocalText lt, int[] w) {
    return lexicon.isAuxiliary(lt.folded.substring(w[0], w[1]).toLowerCase(Locale.ROOT));
  }

  /** The date that opens within a few characters after the participle, or null. */
  private static DateMention dateAfter(LocalText lt, int end, int to) {
    for (DateMention d : lt.datesIn(end, lt.clauseEnd(end, to))) {
      if (d.start() - end <= MAX_GAP) {
        return d;
      }
    }
    return null;
  }

  /** Whether the phrase's head, among its first words, names an act or a gathering. */
  private boolean namesAnAct(LocalText lt, List<int[]> words, int[] phrase) {
    int seen = 0;
    for (int[] w : words) {
      if (w[0] < phrase[0] || w[1] > phrase[1]) {
        continue;
      }
      String folded = lt.folded.substring(w[0], w[1]).toLowerCase(Locale.ROOT);
      if (seen++ > 0 && lexicon.isActionNoun(folded)) {
        return true;
      }
      if (seen >= HEAD_WORDS) {
        return false;
      }
    }
    return false;
  }
}
