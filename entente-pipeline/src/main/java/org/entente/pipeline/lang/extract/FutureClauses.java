package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.text.Sentence;
import org.entente.pipeline.time.DateMention;

/**
 * What the clause of a French or Spanish future verb says of it: a date fronted before its subject
 * that dates it, a negation that cancels it, a relative clause about a thing that binds no party.
 * Used by {@link CommitmentReader}; immutable and thread-safe.
 */
final class FutureClauses {

  private final Lexicon lexicon;

  FutureClauses(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The date set off by a comma at the front of the clause of a future verb, still to come:
   * "Ensuite, les 3 et 4 mai, la ministre participera …", "El lunes 5, el canciller viajará …";
   * null when none stands there.
   */
  static DateMention frontedDate(LocalText lt, Sentence s, int verb) {
    int clause = lt.clauseStart(s.start(), verb);
    DateMention fronted = null;
    for (DateMention d : lt.datesIn(s.start(), clause)) {
      String after = lt.text.substring(d.end(), clause).strip();
      if (after.isEmpty() || after.equals(",")) {
        fronted = d;
      }
    }
    java.time.LocalDate pub = lt.analysis.referenceDate();
    // its reading ahead ("Le 12 mai, le ministre prendra part …" two days before); the day of
    // publication itself dates the announcing
    return fronted == null
            || fronted.due() == null
            || pub != null && !fronted.due().latestDay().isAfter(pub)
        ? null
        : fronted;
  }

  /** Pronouns that may stand between a subject or "no" and its verb: "no se reunirán". */
  private static final Set<String> CLITICS =
      Set.of("se", "s'", "le", "la", "les", "lo", "los", "las", "nos", "nous", "vous", "y", "en");

  /** Relative pronouns that open a clause describing a thing: "el tren que unirá …". */
  private static final Set<String> DESCRIBING = Set.of("que", "qui", "donde", "ou");

  /** Articles that open the noun phrase a relative clause describes: "el tren que …". */
  private static final Set<String> ARTICLES =
      Set.of("el", "la", "los", "las", "un", "una", "le", "les", "l'", "une", "des", "du");

  /** The most words between an article and the relative pronoun: "el nuevo puente fronterizo". */
  private static final int NOUN_PHRASE = 3;

  /** Negations right before a verb: "no se reunirán", "ne se tiendra pas". */
  private static final Set<String> NEGATIONS = Set.of("no", "ne", "n'", "nunca", "jamais");

  /**
   * Whether the future verb at word {@code i} is negated ("Los presidentes no se reunirán") or
   * opens a relative clause about a thing rather than a party ("el puente que unirá dos ciudades",
   * "la feria, donde se expondrán …", "obras que se extenderán al sur"): no undertaking of a party.
   */
  boolean negatedOrDescribed(LocalText lt, List<int[]> words, int i) {
    int k = i - 1;
    while (k >= 0 && CLITICS.contains(lt.folded.substring(words.get(k)[0], words.get(k)[1]))) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    String before = lt.folded.substring(words.get(k)[0], words.get(k)[1]);
    if (NEGATIONS.contains(before)) {
      return true;
    }
    if (!DESCRIBING.contains(before) || k == 0) {
      return false;
    }
    int[] antecedent = words.get(k - 1);
    // "los dos países, que celebrarán …", "el canciller, quien visitará …": a party's clause
    if (lt.actorAt(antecedent[0]) != null
        || lt.inPersonName(antecedent[0], antecedent[1])
        || lexicon.titles().first(lt.folded, antecedent[0], antecedent[1]) != null
        || !Character.isLowerCase(lt.text.charAt(antecedent[0]))) {
      return false;
    }
    // a noun phrase before the pronoun, not a verb of saying ("informó que pondrá …")
    for (int j = k - 1; j >= 0 && j >= k - NOUN_PHRASE; j--) {
      String w = lt.folded.substring(words.get(j)[0], words.get(j)[1]);
      if (ARTICLES.contains(w)) {
        return true;
      }
      char last = lt.text.charAt(words.get(j)[1] - 1);
      if (last == 'ó'
          || last == 'é'
          || lexicon.reporting().any(lt.folded, words.get(j)[0], words.get(j)[1])) {
        return false;
      }
    }
    return false;
  }
}
