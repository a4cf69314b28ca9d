package org.entente.pipeline.events;

import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Undertakings set out as a list after a frame that ends in a colon, the form of joint statements:
 * "The ministers agreed to:" and then "- open a border post by June;", "(b) to renew the accord".
 * Each item is read as the frame's complement, with the frame's parties. Stateless.
 */
final class ListedUndertakings {

  private ListedUndertakings() {}

  /**
   * Whether the trigger ending at token {@code to} opens a list: only a colon follows it, after an
   * optional "to" or "the following".
   */
  static boolean opensList(Clause c, int to) {
    FrozenList<Token> tokens = c.tokens();
    int k = to;
    if (k < tokens.size() && EventContext.lower(tokens.get(k)).equals("to")) {
      k++;
    }
    if (k + 1 < tokens.size()
        && EventContext.lower(tokens.get(k)).equals("the")
        && EventContext.lower(tokens.get(k + 1)).equals("following")) {
      k += 2;
    }
    return k == tokens.size() - 1 && tokens.get(k).text().equals(":");
  }

  /**
   * The token where a list item's verb starts: after a bullet ("-", "•", "*"), a number or letter
   * with "." or ")" ("1.", "(b)"), and an optional "to"; -1 when the clause is no item of a list or
   * does not start with a verb (capitalised or not, not in capitals).
   */
  static int itemVerb(Clause c, CommitmentLexicon lexicon) {
    FrozenList<Token> tokens = c.tokens();
    int k = 0;
    boolean marked = false;
    while (k < tokens.size() && k < 4) {
      Token t = tokens.get(k);
      String w = t.text();
      if (t.type() == Token.Type.PUNCTUATION && !w.equals(",")
          || t.type() == Token.Type.NUMBER
          || w.length() == 1 && k + 1 < tokens.size() && tokens.get(k + 1).text().equals(")")) {
        marked = true;
        k++;
      } else {
        break;
      }
    }
    if (k < tokens.size() && EventContext.lower(tokens.get(k)).equals("to")) {
      marked = true;
      k++;
    }
    if (!marked || k + 1 >= tokens.size()) {
      return -1;
    }
    Token verb = tokens.get(k);
    String w = EventContext.lower(verb);
    // "1. Sign, no later than March, …": an item may open with a capital, like a sentence
    if (verb.type() != Token.Type.WORD
        || verb.isCapitalised() && !verb.text().substring(1).equals(w.substring(1))
        || !w.equals(lexicon.verbBase(w))
        || lexicon.is(w, WordClass.UNLIKELY)) {
      return -1;
    }
    return k;
  }
}
