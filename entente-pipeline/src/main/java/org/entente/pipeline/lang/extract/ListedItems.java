package org.entente.pipeline.lang.extract;

import java.util.List;
import java.util.TreeSet;
import org.entente.model.Commitment;
import org.entente.pipeline.text.Sentence;

/**
 * Undertakings listed after their trigger, as joint communiqués set them out: "convinieron en:" or
 * "sont convenus de :" closing a sentence, then items that open with a marker ("1.", "a)", "-",
 * "•") and an infinitive ("1. Suscribir …", "- tenir …"). Each item is an undertaking of the sides
 * that agreed. Static helpers of {@link CommitmentReader}; stateless and thread-safe.
 */
final class ListedItems {

  private ListedItems() {}

  /** Whether only a colon (and spaces) follows the trigger that ends at {@code from}. */
  static boolean opensList(LocalText lt, int from, int to) {
    String rest = lt.text.substring(from, to).strip();
    return rest.equals(":");
  }

  /**
   * The index in {@code words} of an item's first word after its marker, or -1 when the sentence is
   * no list item.
   */
  static int actionWord(LocalText lt, Sentence s, List<int[]> words) {
    if (words.isEmpty()) {
      return -1;
    }
    int at = s.start();
    while (at < s.end() && Character.isWhitespace(lt.text.charAt(at))) {
      at++;
    }
    if (at >= s.end()) {
      return -1;
    }
    char c = lt.text.charAt(at);
    if (c == '-' || c == '–' || c == '—' || c == '•' || c == '*' || c == '·') {
      return words.get(0)[0] > at ? 0 : -1;
    }
    // "1.", "2)", "a)", "iii."
    int[] first = words.get(0);
    String marker = lt.text.substring(first[0], first[1]);
    boolean numbered =
        first[0] == at
            && first[1] < s.end()
            && (lt.text.charAt(first[1]) == '.' || lt.text.charAt(first[1]) == ')')
            && (marker.chars().allMatch(Character::isDigit)
                || marker.length() == 1 && Character.isLetter(marker.charAt(0))
                || marker.matches("[ivx]{1,4}"));
    return numbered && words.size() > 1 ? 1 : -1;
  }

  /** The sides bound by the items: the trigger sentence's actors, else those of the talks. */
  static List<String> sides(LocalText lt, Sentence s, TreeSet<String> talks) {
    List<String> here = lt.partiesIn(s.start(), s.end());
    if (here.size() >= 2 || talks.isEmpty()) {
      return here.isEmpty() && lt.home != null ? List.of(lt.home) : here;
    }
    return List.copyOf(talks);
  }

  /** {@code c} with the list's sides as its parties. */
  static Commitment boundBy(Commitment c, List<String> sides) {
    if (sides.isEmpty()) {
      return c;
    }
    return new Commitment(sides, c.action(), c.place(), c.deadline(), c.code(), c.spans());
  }
}
