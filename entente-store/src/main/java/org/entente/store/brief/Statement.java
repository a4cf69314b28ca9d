package org.entente.store.brief;

import java.util.List;

/**
 * One line of a brief: a fact and the numbers of the citations that support it.
 *
 * @param lead a short label set before the text (a day, a status, a score), or null
 * @param text the fact; may hold untrusted document text, which every renderer escapes
 * @param cites citation numbers, ascending, at least one
 */
public record Statement(String lead, String text, List<Integer> cites) {

  public Statement {
    cites = List.copyOf(cites);
    if (cites.isEmpty()) {
      throw new IllegalArgumentException("a statement without a citation: " + text);
    }
  }
}
