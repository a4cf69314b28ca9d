package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.entente.model.Commitment;
import org.entente.model.Span;
import org.entente.pipeline.lang.Folding;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.PhraseList;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * An occasion that an event verb of the lexicon announces as still to come: "le comité des pêches
 * se réunira à Ségou", "el tratado fluvial será firmado en abril". Such an occasion is an
 * undertaking of the sentence's parties to hold it: the action is the lexicon's verb for the phrase
 * ("celebrar", "firmar"), then its subject, then the rest of the clause ("firmar el tratado
 * fluvial"); the deadline is the first date from the subject on. The subject may stand before a
 * relative pronoun ("la cumbre andina, que se celebrará ...") or before a relative clause set off
 * by commas. A hedge before the verb or a word that calls the occasion off drops it. Immutable and
 * thread-safe.
 */
final class FutureVerbEvents {

  /** Words after which a clause's subject begins: "informó que la próxima reunión ...". */
  private static final java.util.regex.Pattern RELATIVE =
      java.util.regex.Pattern.compile(
          "(?i)(?:^|\\s)(?:que|qui|et|y|donde|où|quand|cuando)(?:\\s+|$)");

  private final Lexicon lexicon;
  private final Hedges hedges;

  FutureVerbEvents(Lexicon lexicon, Hedges hedges) {
    this.lexicon = lexicon;
    this.hedges = hedges;
  }

  /**
   * "La prochaine session se tiendra à Tunis en 2026": the undertaking is the verb of the phrase
   * and its subject, the words of the clause before it ("tenir la prochaine session"), then what
   * follows it to the clause end; null when there is none or nobody is bound.
   */
  Commitment read(
      LocalText lt,
      Sentence s,
      List<int[]> words,
      PhraseList.Hit<String> ev,
      TreeSet<String> meetingParties) {
    if (ev.value() == null
        || hedges.govern(lt, s.start(), ev.start())
        || lexicon.cancellations().any(lt.folded, s.start(), s.end())) {
      return null;
    }
    int cs = lt.clauseStart(s.start(), ev.start());
    String subject = lt.text.substring(cs, ev.start()).strip();
    java.util.regex.Matcher rel = RELATIVE.matcher(subject);
    int cut = 0;
    int pronounAt = 0;
    boolean pronoun = false;
    while (rel.find()) {
      cut = rel.end();
      pronounAt = rel.start();
      String w = rel.group().strip().toLowerCase(Locale.ROOT);
      pronoun = w.equals("que") || w.equals("qui");
    }
    int subjectAt = cs + lt.text.substring(cs).indexOf(subject);
    cs = subjectAt + cut;
    subject = subject.substring(cut).strip();
    int subjectEnd = ev.start();
    boolean named = false;
    if (subject.isEmpty() && pronoun) {
      // "la Asamblea General de la OEA, que se celebrará en junio": the occasion is the
      // relative pronoun's antecedent
      int[] antecedent =
          ClauseParts.antecedent(
              lt, words, s.start(), subjectAt + pronounAt, lexicon::isActionNoun);
      if (antecedent != null) {
        cs = antecedent[0];
        subjectEnd = antecedent[1];
        subject = lt.text.substring(cs, subjectEnd);
        named = true;
      }
    }
    if (subject.isEmpty() && !pronoun) {
      // "La convention, dont le texte a été finalisé, sera signée": the subject stands before a
      // relative clause set off by commas
      int[] before = ClauseParts.beforeRelative(lt, s.start(), cs);
      if (before != null) {
        cs = before[0];
        while (cs < before[1] && Character.isWhitespace(lt.text.charAt(cs))) {
          cs++;
        }
        subjectEnd = before[1];
        subject = lt.text.substring(cs, subjectEnd).strip();
      }
    }
    // a name found as the antecedent may run long ("le Conseil des Ministres de l'Union du Golfe
    // …")
    if (subject.isEmpty() || subject.split("\\s+").length > (named ? 20 : 12)) {
      return null;
    }
    int end = lt.clauseEnd(ev.end(), s.end());
    List<DateMention> dates = lt.datesIn(cs, lt.sentenceEnd(ev.end(), s.end()));
    StringBuilder action = new StringBuilder(ev.value()).append(' ');
    if (named) {
      action.append(
          ClauseParts.heldArticle(lt, words, cs)); // "tenir le Sommet", not "tenir Sommet"
    }
    DateMention due = null;
    for (int[] w : words) {
      boolean inSubject = w[0] >= cs && w[1] <= subjectEnd;
      boolean after = w[0] >= ev.end() && w[1] <= end;
      if (!inSubject && !after) {
        continue;
      }
      DateMention in = ClauseDates.dateAt(dates, w[0]);
      if (in != null) {
        due = due == null ? in : due;
        continue;
      }
      if (!action.toString().endsWith("'") && !action.toString().endsWith(" ")) {
        action.append(' ');
      }
      String word = lt.text.substring(w[0], w[1]);
      boolean opening =
          w[0] == cs && ActionWords.isArticle(Folding.fold(word).toLowerCase(Locale.ROOT));
      // "signer la convention", not "signer La convention": the subject's article in lower case
      action.append(opening ? word.toLowerCase(Locale.ROOT) : word);
    }
    if (due == null && !dates.isEmpty()) {
      due = dates.get(0);
    }
    List<String> parties = BoundParties.ofOccasion(lt, s, meetingParties);
    if (parties.isEmpty()) {
      return null;
    }
    return new Commitment(
        parties,
        action.toString().strip(),
        null,
        due == null ? null : due.deadline(),
        null,
        List.of(new Span(cs, Math.max(end, ev.end()))));
  }
}
