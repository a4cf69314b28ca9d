package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.model.Agreement;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;

/**
 * A batch signing: a counted plural of an instrument noun ("signed three memoranda of
 * understanding", "19 bilateral agreements", "four cooperation deals") is one record for the batch,
 * named from the count to the noun, plus one record per instrument its complement lists ("three
 * MoUs on fisheries, tourism and customs data" gives "MoU on fisheries", "MoU on tourism", "MoU on
 * customs data"). Count words are in {@code instrument-counts.txt}; digits count by rule. Immutable
 * and thread-safe.
 */
final class InstrumentBatches {
  /** A count of instruments. */
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");

  /** The batch's name at tokens {@code [from, to)} and the instruments it lists, as names. */
  record Batch(InstrumentNames.Name name, List<String> items, int end, boolean counted) {}

  private static final Set<String> ITEM_PREPOSITIONS = Set.of("on", "in", "for");
  private static final Set<String> ITEM_ENDS =
      Set.of(".", ";", ":", "(", ")", "which", "that", "were", "was", "to", "with");
  private static final int MAX_ITEMS_TOKENS = 30;

  private static final class Holder {
    static final InstrumentBatches DEFAULT = load("instrument-counts.txt");
  }

  private final Set<String> counts;

  private InstrumentBatches(Set<String> counts) {
    this.counts = counts;
  }

  static InstrumentBatches defaults() {
    return Holder.DEFAULT;
  }

  static InstrumentBatches load(String file) {
    Set<String> counts = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(InstrumentBatches.class, file)) {
      String w = line.field(0);
      if (line.fields().size() != 1 || !w.equals(w.toLowerCase(Locale.ROOT)) || w.contains(" ")) {
        throw line.error("expected one lower-case word");
      }
      if (!counts.add(w)) {
        throw line.error("word '" + w + "' listed twice");
      }
    }
    return new InstrumentBatches(Set.copyOf(counts));
  }

  /**
   * The batch whose plural noun is at {@code head} with the name read around it, or null when no
   * count stands among the noun's modifiers and no list of two or more subjects follows it
   * ("agreements on trade, health and energy": a batch not counted, read for its items).
   */
  Batch read(FrozenList<Token> tokens, InstrumentNames.Name name, InstrumentLexicon.Noun noun) {
    int head = name.head();
    int count = -1;
    for (int k = name.from(); k < head; k++) {
      Token t = tokens.get(k);
      if (t.type() == Token.Type.NUMBER && SMALL_NUMBER.matcher(t.text()).matches()
          || counts.contains(EventContext.lower(t))) {
        count = k;
        break;
      }
    }
    boolean counted = count >= 0;
    if (!counted) {
      count = name.from(); // "signed agreements on trade, health and energy": items, no batch
    }
    int to = head + 1;
    if (to + 1 < tokens.size()
        && EventContext.lower(tokens.get(to)).equals("of")
        && EventContext.lower(tokens.get(to + 1)).equals("understanding")) {
      to += 2;
    }
    int k = to;
    if (k + 2 < tokens.size() && EventContext.lower(tokens.get(k)).equals("(")) {
      int close = k + 1;
      while (close < tokens.size() && close < k + 6 && !tokens.get(close).text().equals(")")) {
        close++;
      }
      k = close + 1;
    }
    if (k + 2 < tokens.size()
        && EventContext.lower(tokens.get(k)).equals("on")
        && tokens.get(k + 1).isCapitalised()
        && (tokens.get(k + 2).text().equals(",")
            || EventContext.lower(tokens.get(k + 2)).equals("including"))) {
      k += 2; // "signed four agreements on Monday, including one on ...": a day, not a subject
    }
    List<String> items = new ArrayList<>();
    int end = to;
    if (k + 1 < tokens.size() && ITEM_PREPOSITIONS.contains(EventContext.lower(tokens.get(k)))) {
      String prep = EventContext.lower(tokens.get(k));
      end = items(tokens, k + 1, singular(noun, tokens.get(head)) + " " + prep, items);
    } else {
      end = Math.max(end, elided(tokens, k, singular(noun, tokens.get(head)), items));
    }
    if (!counted && !listsSubjects(tokens, k)) {
      return null;
    }
    return new Batch(new InstrumentNames.Name(count, head, to), List.copyOf(items), end, counted);
  }

  /** Words after which a list names the fields of one instrument, not several instruments. */
  private static final Set<String> NOT_SUBJECTS = Set.of("including", "such", "sectors", "fields");

  /**
   * Whether a list of three or more subjects follows a plural with no count, after its preposition
   * at {@code k}: "agreements on trade, health and energy"; not "agreements in the mining and
   * energy sectors" (one field, two words), "deals on sectors including tourism".
   */
  private static boolean listsSubjects(FrozenList<Token> tokens, int k) {
    if (k + 1 >= tokens.size() || !ITEM_PREPOSITIONS.contains(EventContext.lower(tokens.get(k)))) {
      return false;
    }
    boolean comma = false;
    for (int j = k + 1; j < tokens.size() && j < k + 1 + MAX_ITEMS_TOKENS; j++) {
      String w = EventContext.lower(tokens.get(j));
      if (NOT_SUBJECTS.contains(w)) {
        return false;
      }
      if (ITEM_ENDS.contains(w)) {
        break;
      }
      comma |= w.equals(",");
    }
    return comma;
  }

  /**
   * Splits "fisheries, tourism and customs data" into items: at commas, and at the first "and" of
   * the last part, which ends the list. Returns the token after the list.
   */
  private static int items(FrozenList<Token> tokens, int from, String prefix, List<String> out) {
    List<List<Token>> parts = new ArrayList<>();
    List<Token> part = new ArrayList<>();
    int k = from;
    for (; k < tokens.size() && k < from + MAX_ITEMS_TOKENS; k++) {
      Token t = tokens.get(k);
      String w = EventContext.lower(t);
      if (ITEM_ENDS.contains(w) || w.equals("between") && partiesFollow(tokens, k + 1)) {
        break; // "… on trade and tourism between the two countries": who, not what
      }
      if (w.equals("on")
          && k + 1 < tokens.size()
          && tokens.get(k + 1).isCapitalised()
          && !part.isEmpty()) {
        break; // "… and fisheries on Monday": when, not what
      }
      if (w.equals(",") && parts.size() > 0 && joined(part)) {
        break; // "on A, B and C, a statement said": the list ends with its last "and"
      }
      if (w.equals(",")) {
        parts.add(part);
        part = new ArrayList<>();
        continue;
      }
      part.add(t);
    }
    parts.add(part);
    List<Token> last = parts.get(parts.size() - 1);
    for (int i = 0; i < last.size(); i++) {
      if (EventContext.lower(last.get(i)).equals("and")) {
        parts.set(parts.size() - 1, new ArrayList<>(last.subList(0, i)));
        parts.add(new ArrayList<>(last.subList(i + 1, last.size())));
        break;
      }
    }
    if (parts.size() < 2) {
      return from;
    }
    String prep = prefix.substring(prefix.lastIndexOf(' ') + 1);
    for (List<Token> p : parts) {
      while (!p.isEmpty()
          && (EventContext.lower(p.get(0)).equals("and")
              || EventContext.lower(p.get(0)).equals(prep))) {
        p.remove(0); // "on A, on B and on C": the preposition said again
      }
      if (p.isEmpty()) {
        continue;
      }
      StringBuilder sb = new StringBuilder(prefix);
      for (Token t : p) {
        sb.append(' ').append(t.text());
      }
      out.add(sb.toString());
    }
    return k;
  }

  /** "between the two countries", "between both sides", "between Ghana and Togo". */
  private static boolean partiesFollow(FrozenList<Token> tokens, int k) {
    if (k >= tokens.size()) {
      return true;
    }
    String w = EventContext.lower(tokens.get(k));
    String next = k + 1 < tokens.size() ? EventContext.lower(tokens.get(k + 1)) : "";
    return tokens.get(k).isCapitalised()
        || w.equals("both")
        || w.equals("the")
            && (next.equals("two") || next.equals("three") || next.equals("parties"));
  }

  private static boolean joined(List<Token> part) {
    for (Token t : part) {
      if (EventContext.lower(t).equals("and")) {
        return true;
      }
    }
    return false;
  }

  /** Words that stand for one instrument of the batch, its noun left out: "one on X". */
  private static final Set<String> ELIDED = Set.of("one", "another");

  /**
   * "five memorandums, including one on visas and another on research": the instruments named after
   * the batch by "one" or "another" and their subject, each named with the batch's singular
   * ("memorandum of understanding on visas"). Returns the token after the list, or {@code k}.
   */
  private static int elided(FrozenList<Token> tokens, int k, String singular, List<String> out) {
    if (k < tokens.size() && tokens.get(k).text().equals(",")) {
      k++;
    }
    if (k >= tokens.size()) {
      return k;
    }
    String w = EventContext.lower(tokens.get(k));
    if (w.equals("including")
        && k + 1 < tokens.size()
        && ITEM_PREPOSITIONS.contains(EventContext.lower(tokens.get(k + 1)))) {
      // "six memoranda, including on A, B and C"
      String prep = EventContext.lower(tokens.get(k + 1));
      return items(tokens, k + 2, singular + " " + prep, out);
    }
    if (w.equals("including")) {
      k++;
    } else if (w.equals("among") && k + 1 < tokens.size()) {
      k += 2; // "among them", "among which"
    } else {
      return k;
    }
    String name = singular.equals("MoU") ? "memorandum of understanding" : singular;
    int limit = Math.min(tokens.size(), k + MAX_ITEMS_TOKENS);
    while (k + 1 < limit
        && ELIDED.contains(EventContext.lower(tokens.get(k)))
        && ITEM_PREPOSITIONS.contains(EventContext.lower(tokens.get(k + 1)))) {
      StringBuilder sb = new StringBuilder(name).append(' ').append(tokens.get(k + 1).text());
      k += 2;
      while (k < limit && !ITEM_ENDS.contains(EventContext.lower(tokens.get(k)))) {
        String x = EventContext.lower(tokens.get(k));
        boolean next =
            (x.equals(",") || x.equals("and"))
                && k + 1 < limit
                && (ELIDED.contains(EventContext.lower(tokens.get(k + 1)))
                    || EventContext.lower(tokens.get(k + 1)).equals("and"));
        if (next) {
          break;
        }
        sb.append(' ').append(tokens.get(k).text());
        k++;
      }
      out.add(sb.toString());
      while (k < limit
          && (tokens.get(k).text().equals(",")
              || EventContext.lower(tokens.get(k)).equals("and"))) {
        k++;
      }
    }
    return k;
  }

  /** The singular by which one instrument of the batch is named: "MoU", "agreement", "deal". */
  private static String singular(InstrumentLexicon.Noun noun, Token head) {
    if (noun.kind() == Agreement.Kind.MOU) {
      return "MoU";
    }
    String w = EventContext.lower(head);
    return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
  }
}
