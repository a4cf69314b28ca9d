package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.PartialDate;
import org.entente.pipeline.events.CommitmentLexicon.WordClass;
import org.entente.pipeline.events.EventContext.Clause;
import org.entente.pipeline.gazetteer.PlaceMatch;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.time.DateMention;

/**
 * Reads the verb phrase of an undertaking from its first word to the end of its clause, and splits
 * coordinated phrases under one trigger ("hold X in Lima, open Y by June, and resume Z" gives
 * three). Each phrase keeps its own time expression (as the deadline) and its own place ("in
 * Rabat"), both removed from the action words. One left-to-right pass over the tokens. Immutable
 * and thread-safe.
 */
final class ActionReader {

  /** One undertaking's words, tokens {@code [from, to)} of the clause. */
  record Action(int from, int to, String text, String place, DateMention date) {}

  /** The longest action read, in tokens, for each coordinated phrase. */
  static final int MAX_TOKENS = 30;

  /** Verbs of meeting that need no object when a place or a date follows: "will meet in Lima". */
  private static final java.util.Set<String> GATHER =
      java.util.Set.of("meet", "reconvene", "convene");

  private static final Set<String> BREAKS =
      Set.of(";", ":", "(", ")", "[", "]", "—", "–", "?", "!", ".", "...", "-");
  private static final Set<String> QUOTES =
      Set.of("\"", "“", "”", "'", "‘", "’", "«", "»", "„", "`");
  private static final Set<String> OBJECT_STARTS =
      Set.of(
          "the",
          "a",
          "an",
          "its",
          "their",
          "his",
          "her",
          "our",
          "new",
          "further",
          "all",
          "more",
          "up",
          "with",
          "to",
          "on",
          "in",
          "for",
          "out",
          "together",
          "back",
          "closer",
          "joint",
          "talks",
          "and");
  private static final Set<String> CONTINUES =
      Set.of("including", "particularly", "especially", "notably", "namely");
  private static final Set<String> TRAILING =
      Set.of("and", "or", ",", "to", "of", "in", "at", "on", "with", "for", "the", "a", "an", "by");

  private final CommitmentLexicon lexicon;

  ActionReader(CommitmentLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The actions that start at token {@code start}: verb phrases, or noun phrases when {@code nouns}
   * ("planned cooperation in X, further work on Y").
   */
  List<Action> read(EventContext ctx, Clause c, int start, boolean nouns) {
    return read(ctx, c, start, nouns, c.tokens().size());
  }

  /**
   * As {@link #read(EventContext, Clause, int, boolean)}, reading no further than token {@code
   * end}.
   */
  List<Action> read(EventContext ctx, Clause c, int start, boolean nouns, int end) {
    FrozenList<Token> tokens = c.tokens();
    List<int[]> parts = new ArrayList<>();
    int partStart = start;
    boolean innerInfinitive = false;
    int k = start;
    int bound = Math.min(end, tokens.size());
    // each coordinated phrase may take MAX_TOKENS: "agreed to A, to B and to C" reads all three
    for (; k < Math.min(bound, partStart + MAX_TOKENS); k++) {
      String w = EventContext.lower(tokens.get(k));
      int note = w.equals("(") ? shortBracketEnd(tokens, k, bound) : -1;
      if (note > k) {
        k = note; // "the Border Programme (BMP) before May": a name's acronym, part of it
        continue;
      }
      if (BREAKS.contains(w) && !joiningDash(tokens, k)
          || (k > start && lexicon.is(w, WordClass.STOP))) {
        break;
      }
      if (w.equals(",")) {
        int next = k + 1;
        if (next < tokens.size() && isConjunction(tokens.get(next))) {
          next++;
        }
        if (next >= tokens.size()) {
          break;
        }
        if (nouns
            || !innerInfinitive && verbHead(tokens, next)
            || parallelVerb(tokens, parts, partStart, next)) {
          // "continue to allow X to act, continue to carry out Y": a verb that headed a phrase
          // heads the next one, past an infinitive inside the first
          parts.add(new int[] {partStart, k});
          partStart = next;
          k = next - 1;
          innerInfinitive = false;
          continue;
        }
        if (!innerInfinitive
            && next + 1 < tokens.size()
            && EventContext.lower(tokens.get(next)).equals("to")
            && verbHead(tokens, next + 1)) {
          // "agreed to widen X, to open Y and to hold Z": one undertaking each
          parts.add(new int[] {partStart, k});
          partStart = next + 1;
          k = next;
          continue;
        }
        Token n = tokens.get(next);
        if (CONTINUES.contains(EventContext.lower(n))
            || n.isCapitalised() && tokens.get(k - 1).isCapitalised()) {
          continue;
        }
        break;
      }
      if (!nouns
          && !innerInfinitive
          && isConjunction(tokens.get(k))
          && wordsOutsideDates(c, partStart, k) >= 2
          && verbHead(tokens, k + 1)) {
        parts.add(new int[] {partStart, k});
        partStart = k + 1;
        continue;
      }
      if (!nouns
          && isConjunction(tokens.get(k))
          && k + 2 < tokens.size()
          && EventContext.lower(tokens.get(k + 1)).equals("to")
          && wordsOutsideDates(c, partStart, k) >= 2
          && verbHead(tokens, k + 2)) {
        // "agreed to convene the commission in 2026 and to set up a committee by June": two
        parts.add(new int[] {partStart, k});
        partStart = k + 2;
        k++;
        innerInfinitive = false;
        continue;
      }
      if (!nouns && k > partStart && precedingOccasion(tokens, k)) {
        // "fly to Oslo on 4 May after a stop in Riga the day before": two undertakings.
        parts.add(new int[] {partStart, k});
        partStart = k + 2;
        k++;
        continue;
      }
      if (w.equals("to")
          && k + 1 < tokens.size()
          && lexicon.isBaseVerb(EventContext.lower(tokens.get(k + 1)))) {
        innerInfinitive = true;
      }
    }
    parts.add(new int[] {partStart, k});
    List<Action> out = new ArrayList<>();
    for (int[] p : parts) {
      Action a = build(ctx, c, p[0], p[1], nouns);
      if (a != null) {
        out.add(a);
      }
    }
    if (!out.isEmpty() && out.get(out.size() - 1).date() == null && k < bound) {
      DateMention after = dateAfterAside(c, k, bound);
      if (after != null) {
        Action last = out.get(out.size() - 1);
        out.set(
            out.size() - 1, new Action(last.from(), last.to(), last.text(), last.place(), after));
      }
    }
    return out;
  }

  /** Adverbs that may open a coordinated verb phrase: "and further promote", "and also hold". */
  private static final Set<String> PHRASE_ADVERBS = Set.of("further", "also", "jointly");

  /**
   * Whether a verb phrase parallel to the ones read opens at {@code next}, after a comma: its verb
   * (perhaps after "further" or "also") already heads one of them, or it is a base verb with an
   * object after a first phrase of the same "verb to verb" shape ("continue to allow X, continue to
   * carry out Y, and further promote Z").
   */
  private boolean parallelVerb(
      FrozenList<Token> tokens, List<int[]> parts, int partStart, int next) {
    int v = next;
    if (v < tokens.size() && PHRASE_ADVERBS.contains(EventContext.lower(tokens.get(v)))) {
      v++;
    }
    if (v + 1 >= tokens.size()
        || tokens.get(v).isCapitalised()
        || !lexicon.isBaseVerb(EventContext.lower(tokens.get(v)))) {
      return false;
    }
    return v > next || repeatsHead(tokens, parts, partStart, v);
  }

  /** Whether the verb at {@code next} already heads one of the phrases read from {@code parts}. */
  private static boolean repeatsHead(
      List<Token> tokens, List<int[]> parts, int partStart, int next) {
    String verb = EventContext.lower(tokens.get(next));
    if (EventContext.lower(tokens.get(partStart)).equals(verb)) {
      return true;
    }
    for (int[] p : parts) {
      if (EventContext.lower(tokens.get(p[0])).equals(verb)) {
        return true;
      }
    }
    return false;
  }

  /** How many tokens an aside between commas may take before the deadline that ends a clause. */
  private static final int ASIDE_REACH = 14;

  /**
   * The deadline that ends the clause after an aside between commas, when the action stopped at the
   * aside's first comma {@code k}: "review the treaty, in force since 2024, before the end of the
   * year"; "finance a study, to be completed by the end of 2026". Null when none.
   */
  private static DateMention dateAfterAside(Clause c, int k, int bound) {
    FrozenList<Token> tokens = c.tokens();
    if (!tokens.get(k).text().equals(",")) {
      return null;
    }
    for (int j = k + 1; j < Math.min(bound, k + 1 + ASIDE_REACH); j++) {
      String w = tokens.get(j).text();
      if (BREAKS.contains(w) && !joiningDash(tokens, j)) {
        return null;
      }
      boolean comma = w.equals(",");
      boolean completion =
          j == k + 1 && w.equalsIgnoreCase("to") && EventContext.lower(tokens, j + 1).equals("be");
      if (!comma && !completion) {
        continue;
      }
      int from = completion ? j + 3 : j + 1; // past ", to be completed"
      if (from >= tokens.size()) {
        return null;
      }
      for (DateMention d : c.dates()) {
        if (d.start() == tokens.get(from).start()) {
          int end = c.tokenAt(d.end());
          boolean closes =
              end >= tokens.size()
                  || tokens.get(end).text().equals(".")
                  || tokens.get(end).text().equals(",");
          return closes ? d : null;
        }
      }
      if (comma) {
        return null; // the aside ends and no deadline follows
      }
    }
    return null;
  }

  /** The most tokens inside a bracket that notes a name's acronym or number: "(2+2)". */
  private static final int SHORT_BRACKET = 4;

  /**
   * The closing bracket of a short note opened at {@code k} right after a word ("Programme (BMP)",
   * "Meeting (2+2)"), or -1.
   */
  private static int shortBracketEnd(FrozenList<Token> tokens, int k, int bound) {
    if (k == 0 || tokens.get(k - 1).type() != Token.Type.WORD) {
      return -1;
    }
    for (int j = k + 2; j < Math.min(bound, k + 2 + SHORT_BRACKET); j++) {
      String w = tokens.get(j).text();
      if (w.equals(")")) {
        return j;
      }
      if (w.equals("(") || w.equals(",") || w.equals(";") || w.equals(".")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * A hyphen or an en dash written close between two words joins them ("the Fiji–Tonga forum", "the
   * Kenya-Uganda railway"); a dash with space around it, or an em dash ("the talks—held in
   * Lima—ended"), breaks a phrase.
   */
  private static boolean joiningDash(FrozenList<Token> tokens, int k) {
    String w = tokens.get(k).text();
    if (!(w.equals("–") || w.equals("-")) || k == 0 || k + 1 >= tokens.size()) {
      return false;
    }
    return tokens.get(k - 1).end() == tokens.get(k).start()
        && tokens.get(k + 1).start() == tokens.get(k).end()
        && tokens.get(k - 1).type() == Token.Type.WORD
        && tokens.get(k + 1).type() == Token.Type.WORD;
  }

  /** "after a visit", "before a meeting": an occasion of its own on the way to the action. */
  private boolean precedingOccasion(FrozenList<Token> tokens, int k) {
    if (k + 2 >= tokens.size()) {
      return false;
    }
    String w = EventContext.lower(tokens.get(k));
    String det = EventContext.lower(tokens.get(k + 1));
    return (w.equals("after") || w.equals("before"))
        && (det.equals("a") || det.equals("an"))
        && lexicon.is(EventContext.lower(tokens.get(k + 2)), WordClass.EVENT);
  }

  private static int wordsOutsideDates(Clause c, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      Token t = c.tokens().get(k);
      boolean inDate = false;
      for (DateMention d : c.dates()) {
        inDate |= t.start() >= d.start() && t.end() <= d.end();
      }
      n += inDate ? 0 : 1;
    }
    return n;
  }

  private static boolean isConjunction(Token t) {
    String w = EventContext.lower(t);
    return w.equals("and") || w.equals("or");
  }

  /** A base verb followed by what can open its object: "organise a", "meet Queen". */
  private boolean verbHead(FrozenList<Token> tokens, int k) {
    if (k + 1 >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(k);
    if (t.isCapitalised() || !lexicon.isBaseVerb(EventContext.lower(t))) {
      return false;
    }
    Token n = tokens.get(k + 1);
    return n.isCapitalised()
        || n.type() == Token.Type.NUMBER
        || QUOTES.contains(n.text())
        || OBJECT_STARTS.contains(EventContext.lower(n));
  }

  private static boolean inAny(List<DateMention> dates, Token t) {
    for (DateMention d : dates) {
      if (t.start() >= d.start() && t.end() <= d.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code a} allows a later deadline than {@code b} ("begin Monday and continue Tuesday"
   * is due on Tuesday); a mention without a date never wins.
   */
  static boolean later(DateMention a, DateMention b) {
    PartialDate x = a.due();
    PartialDate y = b.due();
    if (x == null || y == null) {
      return x != null;
    }
    if (x.year() == null || y.year() == null) {
      return false;
    }
    return x.latestDay().isAfter(y.latestDay());
  }

  private Action build(EventContext ctx, Clause c, int from, int to, boolean nouns) {
    FrozenList<Token> tokens = c.tokens();
    int fromOffset = tokens.get(Math.min(from, tokens.size() - 1)).start();
    int toOffset = to > from ? tokens.get(to - 1).end() : fromOffset;
    DateMention date = null;
    List<DateMention> inside = new ArrayList<>();
    for (DateMention d : c.dates()) {
      if (d.start() >= fromOffset && d.end() <= toOffset) {
        inside.add(d);
        date = date == null || later(d, date) ? d : date;
      }
    }
    String place = null;
    int placeFrom = -1;
    int placeTo = -1;
    for (PlaceMatch p : c.places()) {
      int pk = c.tokenAt(p.start());
      if (p.start() >= fromOffset && p.end() <= toOffset && pk > from) {
        String before = EventContext.lower(tokens.get(pk - 1));
        if (before.equals("in") || before.equals("at")) {
          place = p.name();
          placeFrom = pk - 1;
          placeTo = Math.max(pk + 1, c.tokenAt(p.end()));
          break;
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    List<Token> kept = new ArrayList<>();
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (QUOTES.contains(t.text()) || (k >= placeFrom && k < placeTo) || inAny(inside, t)) {
        continue;
      }
      kept.add(t);
    }
    while (!kept.isEmpty() && TRAILING.contains(EventContext.lower(kept.get(kept.size() - 1)))) {
      kept.remove(kept.size() - 1);
    }
    while (!kept.isEmpty() && isConjunction(kept.get(0))) {
      kept.remove(0);
    }
    if (kept.isEmpty()) {
      return null;
    }
    String head = EventContext.lower(kept.get(0));
    if (!nouns && lexicon.is(head, WordClass.UNLIKELY) && !lexicon.haveOccasion(kept, 0)) {
      return null;
    }
    if (nouns && lexicon.is(head, WordClass.DROP)) {
      return null;
    }
    String occasion = null;
    if (kept.size() == 1 && !nouns && GATHER.contains(head) && (place != null || date != null)) {
      // "the two ministers will meet in Lima on 4 May": a meeting dated or placed ahead
      String text = kept.get(0).text() + (place == null ? "" : " in " + place);
      return new Action(from, to, text, place, date);
    }
    if (kept.size() == 1 && !nouns) {
      // "talks will resume": the action is "resume talks"; a lone verb is no undertaking.
      for (int k = from - 1; k >= 0 && occasion == null; k--) {
        String w = EventContext.lower(tokens.get(k));
        occasion = lexicon.is(w, WordClass.EVENT) ? w : null;
      }
      if (occasion == null) {
        return null;
      }
    }
    Token prev = null;
    for (int i = 0; i < kept.size(); i++) {
      Token t = kept.get(i);
      String word = t.text();
      boolean isHead = i == 0 || (i == 2 && isConjunction(kept.get(1)));
      String lower = EventContext.lower(t);
      if (isHead && !t.isCapitalised() && lower.endsWith("ing")) {
        String base = lexicon.verbBase(lower);
        word = base == null ? word : base;
      }
      if (prev != null && t.start() != prev.end()) {
        sb.append(' ');
      }
      sb.append(word);
      prev = t;
    }
    if (occasion != null) {
      sb.append(' ').append(occasion);
    }
    return new Action(from, to, sb.toString().strip(), place, date);
  }
}
