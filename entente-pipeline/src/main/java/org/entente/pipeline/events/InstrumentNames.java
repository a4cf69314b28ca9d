package org.entente.pipeline.events;

import java.util.List;
import java.util.Set;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * Reads the name of an instrument around its head noun: the modifiers before it ("EU-Morocco
 * Association", "ten-year water and energy", "Phase One trade") and an identifying complement after
 * it ("on the opening of a trade office in Lima", "of reinforced exceptional partnership"). Bounded
 * scans in both directions; stateless.
 */
final class InstrumentNames {

  /** A name at tokens {@code [from, to)}, with the head noun at {@code head}. */
  record Name(int from, int head, int to) {

    boolean bare() {
      return from == head && to == head + 1;
    }
  }

  static final int MAX_LEFT = 6;
  static final int MAX_RIGHT = 12;

  private static final Set<String> LEFT_STOPS =
      Set.of(
          "a",
          "an",
          "the",
          "this",
          "that",
          "these",
          "those",
          "any",
          "no",
          "its",
          "their",
          "his",
          "her",
          "our",
          "your",
          "each",
          "every",
          "such",
          "same",
          "other",
          "another",
          "of",
          "on",
          "in",
          "at",
          "to",
          "for",
          "with",
          "by",
          "from",
          "under",
          "into",
          "over",
          "between",
          "as",
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "will",
          "would",
          "said",
          "says",
          "and",
          "or",
          "but",
          "than",
          "which",
          "who",
          "it",
          "they",
          "he",
          "she",
          "we",
          "what",
          "whose",
          "after",
          "before",
          "about",
          "first",
          "last",
          "previous",
          "existing",
          // a day or an adverb particle before the instrument: "signed yesterday a memorandum",
          // "beefing up partnership"
          "yesterday",
          "today",
          "tomorrow",
          "also",
          "then",
          "up",
          // a headline's verb before the instrument: "Ghana and Mali sign MoU on trade"
          "sign",
          "signs",
          "ink",
          "inks",
          "seal",
          "seals",
          "adopt",
          "adopts",
          "conclude",
          "concludes",
          "renew",
          "renews");
  private static final Set<String> COMPLEMENTS =
      Set.of(
          "on",
          "of",
          "for",
          "to",
          "between",
          "with",
          "ending",
          "establishing",
          "settling",
          "regarding",
          "concerning",
          "over",
          "covering",
          "governing",
          "aimed");
  private static final Set<String> RIGHT_STOPS =
      Set.of(
          "is",
          "are",
          "was",
          "were",
          "be",
          "been",
          "has",
          "have",
          "had",
          "will",
          "would",
          "said",
          "says",
          "which",
          "that",
          "who",
          "but",
          "signed",
          "reached",
          "adopted",
          "issued",
          "agreed",
          "because",
          "if",
          "when",
          "while",
          "as",
          "after",
          "before",
          "during",
          "since",
          "could",
          "may",
          "might",
          "should",
          "can",
          "last",
          "this",
          "earlier",
          "later",
          "marks",
          "marked",
          "means",
          "provides",
          "includes",
          "sets",
          "aims",
          "calls",
          "remains",
          // what an instrument does, after its name: "the Statement of Partnership outlines …"
          "outlines",
          "covers",
          "establishes",
          "defines",
          "envisages",
          "foresees",
          "stipulates",
          "seeks",
          "lays",
          "contains",
          "focuses",
          "reaffirms",
          "underlines",
          "identifies",
          "expires",
          "enters");

  private InstrumentNames() {}

  /** The name around the head noun at {@code head}. */
  static Name read(FrozenList<Token> tokens, int head) {
    int from = head;
    for (int k = head - 1; k >= 0 && head - k <= MAX_LEFT; k--) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (w.equals("and")
          && k > 0
          && tokens.get(k - 1).isCapitalised()
          && tokens.get(k + 1).isCapitalised()) {
        continue;
      }
      if (!leftModifier(t, w)) {
        break;
      }
      from = k;
      if ((w.endsWith("'s") || w.endsWith("’s"))
          && (k == 0 || !tokens.get(k - 1).isCapitalised())) {
        break; // "Tehran's nuclear deal", not "save Tehran's nuclear deal"
      }
    }
    while (from < head && isQuote(tokens.get(from))) {
      from++;
    }
    int to = head + 1;
    if (to < tokens.size() && tokens.get(to).type() == Token.Type.NUMBER) {
      return new Name(from, head, to + 1); // "resolution 2756", "Protocol 2"
    }
    if (to < tokens.size() && COMPLEMENTS.contains(EventContext.lower(tokens.get(to)))) {
      int k = to + 1;
      int end = to;
      for (; k < tokens.size() && k - head <= MAX_RIGHT; k++) {
        Token t = tokens.get(k);
        String w = EventContext.lower(t);
        if (bracketedAcronym(tokens, k)) {
          k += 2; // "memorandum of understanding (MoU) on fisheries": the name goes on
          end = k + 1;
          continue;
        }
        if (t.type() == Token.Type.PUNCTUATION && !isQuote(t) || RIGHT_STOPS.contains(w)) {
          break;
        }

        if (w.equals("and")
            && k + 1 < tokens.size()
            && LEFT_STOPS.contains(EventContext.lower(tokens.get(k + 1)))
            && !EventContext.lower(tokens.get(k + 1)).equals("the")) {
          break;
        }
        if (w.equals("and")
            && k + 2 < tokens.size()
            && EventContext.lower(tokens.get(k + 1)).equals("the")
            && tokens.get(k + 2).isCapitalised()) {
          break; // "... Cooperation and the Plan of Action": another name begins
        }
        end = k + 1;
      }
      while (end > to + 1 && endsBadly(tokens.get(end - 1))) {
        end--;
      }
      if (end > to + 1) {
        to = end;
      }
    }
    return new Name(from, head, to);
  }

  /**
   * Whether tokens {@code k..k+2} are an acronym in brackets, "(MoU)", "(JCPOA)": a name's short
   * form, no part of what it says.
   */
  static boolean bracketedAcronym(List<Token> tokens, int k) {
    if (k + 2 >= tokens.size()
        || !tokens.get(k).text().equals("(")
        || !tokens.get(k + 2).text().equals(")")) {
      return false;
    }
    String a = tokens.get(k + 1).text();
    int upper = 0;
    for (int i = 0; i < a.length(); i++) {
      if (Character.isUpperCase(a.charAt(i))) {
        upper++;
      } else if (!Character.isLowerCase(a.charAt(i))) {
        return false;
      }
    }
    return upper >= 2 && a.length() <= 10;
  }

  private static boolean leftModifier(Token t, String w) {
    if (isQuote(t)) {
      return true;
    }
    if (t.type() == Token.Type.NUMBER) {
      return true;
    }
    if (t.type() != Token.Type.WORD || LEFT_STOPS.contains(w)) {
      return false;
    }
    if (t.isCapitalised()) {
      return true;
    }
    return !(w.endsWith("ed") || w.endsWith("ly") || w.endsWith("ing"));
  }

  private static boolean endsBadly(Token t) {
    String w = EventContext.lower(t);
    return isQuote(t)
        || w.equals("and")
        || w.equals("the")
        || w.equals("a")
        || w.equals("of")
        || w.equals("to")
        || w.equals("in")
        || w.equals("on")
        || w.equals("for");
  }

  private static boolean isQuote(Token t) {
    String s = t.text();
    return s.equals("\"")
        || s.equals("'")
        || s.equals("“")
        || s.equals("”")
        || s.equals("‘")
        || s.equals("’");
  }
}
