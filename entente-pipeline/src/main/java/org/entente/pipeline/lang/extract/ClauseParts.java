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
      Set.of("le", "la", "les", "l'", "du", "des", "el", "los", "las", "del", "al");

  /** The most words an antecedent reaches back. */
  private static final int MAX_ANTECEDENT_WORDS = 8;

  /**
   * The noun phrase before a relative pronoun that ends at {@code before}: from the first
   * determiner of the last few words that opens a capitalised name ("la Asamblea General de la
   * OEA"), else from the last determiner ("du sommet"); its offsets without the determiner when it
   * is a contraction, or null.
   */
  static int[] antecedent(LocalText lt, List<int[]> words, int from, int before) {
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
        && last - first < MAX_ANTECEDENT_WORDS - 1
        && words.get(first - 1)[0] >= from
        && lt.text.substring(words.get(first - 1)[1], words.get(first)[0]).isBlank()) {
      first--; // back to a comma or the sentence's start: "reunión anterior al foro"
    }
    int start = -1;
    for (int i = first; i < last; i++) {
      String w = lt.folded.substring(words.get(i)[0], words.get(i)[1]);
      if (DETERMINERS.contains(w)) {
        if (Character.isUpperCase(lt.text.charAt(words.get(i + 1)[0]))) {
          start = i;
          break;
        }
        start = i;
      }
    }
    if (start < 0) {
      return null;
    }
    return new int[] {words.get(start)[0], words.get(last)[1]};
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
