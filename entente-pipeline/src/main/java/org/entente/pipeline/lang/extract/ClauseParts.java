package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.Set;

/**
 * Parts of a French or Spanish clause that an undertaking's reading looks for around its verb: the
 * phrase before a relative clause set off by commas ("la convention, dont le texte …, sera
 * signée"), a relative pronoun's antecedent ("le sommet qui se tiendra"), and a list of places that
 * goes on past its commas. Static helpers of {@link CommitmentReader}; stateless and thread-safe.
 */
final class ClauseParts {

  private ClauseParts() {}

  /** A relative clause set off by commas: ", dont le texte …,", ", cuyo texto …,". */
  private static final java.util.regex.Pattern RELATIVE_ASIDE =
      java.util.regex.Pattern.compile(
          "^\\s*(?:dont|qui|que|cuyo|cuya|cuyos|cuyas|quien)\\b[^,;]*,\\s*$");

  /**
   * The phrase before a relative clause that ends at the comma before {@code cs}: {start, end}, or
   * null when no such clause stands there.
   */
  static int[] beforeRelative(LocalText lt, int from, int cs) {
    int comma = lt.text.lastIndexOf(',', cs - 1);
    if (comma < from) {
      return null;
    }
    int open = lt.text.lastIndexOf(',', comma - 1);
    if (open < from || !RELATIVE_ASIDE.matcher(lt.folded.substring(open + 1, cs)).find()) {
      return null;
    }
    int start = lt.clauseStart(from, open);
    return lt.text.substring(start, open).isBlank() ? null : new int[] {start, open};
  }

  /** Determiners that open the antecedent of a relative pronoun ("le sommet qui ..."). */
  private static final Set<String> DETERMINERS =
      Set.of("le", "la", "les", "l'", "du", "des", "au", "aux", "el", "los", "las", "del", "al");

  /** Determiners that hold a preposition ("du" is "de le"): the phrase starts after them. */
  private static final java.util.Map<String, String> CONTRACTIONS =
      java.util.Map.of("du", "le", "des", "les", "au", "le", "aux", "les", "del", "el", "al", "el");

  /** The most words an antecedent reaches back. */
  private static final int MAX_ANTECEDENT_WORDS = 8;

  /** The most nouns a name's occasion noun stands back: "la conférence des ministres des …". */
  private static final int MAX_COMPLEMENTS = 3;

  /** The most words an antecedent that names an occasion in capitals reaches back. */
  private static final int MAX_NAME_WORDS = 20;

  /** An acronym in brackets after a name, and a comma: "… de l'Union du Golfe (UEG), ". */
  private static final java.util.regex.Pattern BRACKETED_ACRONYM =
      java.util.regex.Pattern.compile("\\(\\s*[\\p{Lu}\\p{N}&.\\-]{2,12}\\s*\\)[\\s,]*$");

  /**
   * The noun phrase before a relative pronoun that ends at {@code before}: from the first
   * determiner of the last few words that opens a capitalised name ("la Asamblea General de la
   * OEA"), else from the last determiner ("du sommet"); its offsets without the determiner when it
   * is a contraction, or null. An acronym in brackets after the name is skipped ("la Comisión Mixta
   * (COMPERIF), que"), and a capitalised name may run longer than a common noun phrase.
   */
  static int[] antecedent(LocalText lt, List<int[]> words, int from, int before) {
    return antecedent(lt, words, from, before, w -> false);
  }

  /**
   * As {@link #antecedent(LocalText, List, int, int)}, and a common noun that the name completes
   * opens the phrase when {@code occasion} accepts it (folded): "la réunion de la Commission
   * mixte", "la tenue du Sommet", not "los preparativos de la Cumbre".
   */
  static int[] antecedent(
      LocalText lt,
      List<int[]> words,
      int from,
      int before,
      java.util.function.Predicate<String> occasion) {
    java.util.regex.Matcher acronym = BRACKETED_ACRONYM.matcher(lt.text.substring(from, before));
    if (acronym.find()) {
      before = from + acronym.start();
    }
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i)[1] <= before && words.get(i)[0] >= from) {
        last = i;
      }
    }
    if (last < 0) {
      return null;
    }
    int first = last;
    while (first > 0
        && last - first < MAX_NAME_WORDS - 1
        && words.get(first - 1)[0] >= from
        && lt.text.substring(words.get(first - 1)[1], words.get(first)[0]).isBlank()) {
      first--; // back to a comma or the sentence's start: "reunión anterior al foro"
    }
    int start = -1;
    for (int i = first; i < last; i++) {
      String w = lt.folded.substring(words.get(i)[0], words.get(i)[1]);
      if (DETERMINERS.contains(w)) {
        if (Character.isUpperCase(lt.text.charAt(words.get(i + 1)[0]))
            && (last - i < MAX_ANTECEDENT_WORDS || isName(lt, words, i + 1, last))) {
          start = i;
          break;
        }
        if (last - i < MAX_ANTECEDENT_WORDS) {
          start = i;
        }
      }
    }
    if (start < 0) {
      return null;
    }
    // "la réunion de la Commission mixte", "la conférence des ministres des Affaires étrangères":
    // the common noun of an occasion that the name completes opens the phrase, a few nouns back
    int at = start;
    for (int step = 0; step < MAX_COMPLEMENTS; step++) {
      int det = at > 0 && isOf(lt, words.get(at - 1)) ? at - 3 : at - 2;
      if (det < 0
          || words.get(det)[0] < from
          || !DETERMINERS.contains(folded(lt, words.get(det)))
          || !Character.isLowerCase(lt.text.charAt(words.get(det + 1)[0]))
          || lt.text.substring(words.get(det)[0], words.get(at)[0]).indexOf(',') >= 0) {
        break;
      }
      at = det;
      if (occasion.test(folded(lt, words.get(det + 1)))) {
        start = det;
      }
    }
    boolean contraction = CONTRACTIONS.containsKey(folded(lt, words.get(start))) && start < last;
    return new int[] {words.get(contraction ? start + 1 : start)[0], words.get(last)[1]};
  }

  /**
   * The article that a contraction right before {@code at} holds, with a space ("le " for "au
   * Sommet"), so that a phrase cut after it reads whole; empty when none stands there.
   */
  static String heldArticle(LocalText lt, List<int[]> words, int at) {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i)[0] == at) {
        String article = CONTRACTIONS.get(folded(lt, words.get(i - 1)));
        return article == null ? "" : article + " ";
      }
    }
    return "";
  }

  /** "de", "d'": the word that joins a noun to its complement. */
  private static boolean isOf(LocalText lt, int[] w) {
    String f = folded(lt, w);
    return f.equals("de") || f.equals("d'");
  }

  private static String folded(LocalText lt, int[] w) {
    return lt.folded.substring(w[0], w[1]);
  }

  /**
   * Whether words {@code from} to {@code to} are one name: capitalised words joined by short
   * lower-case ones ("Conseil des Ministres de l'Union du Golfe et du Fleuve").
   */
  private static boolean isName(LocalText lt, List<int[]> words, int from, int to) {
    for (int i = from; i <= to; i++) {
      int[] w = words.get(i);
      if (!Character.isUpperCase(lt.text.charAt(w[0])) && w[1] - w[0] > 4) {
        return false;
      }
    }
    return true;
  }

  /** A list of places goes on past its commas: "au Niger, au Bénin et au Togo". */
  static int enumerationEnd(LocalText lt, int end, int to) {
    while (end < to && lt.text.charAt(end) == ',') {
      java.util.regex.Matcher m = NEXT_PLACE.matcher(lt.folded);
      m.region(end + 1, to);
      if (!m.lookingAt() || lt.actorAt(m.end()) == null) {
        break;
      }
      end = lt.clauseEnd(lt.actorAt(m.end()).span().end(), to);
    }
    return end;
  }

  private static final java.util.regex.Pattern NEXT_PLACE =
      java.util.regex.Pattern.compile("\\s*(?:et\\s+|y\\s+)?(?:en|au|aux|a|al|le|la|l')\\s*");
}
