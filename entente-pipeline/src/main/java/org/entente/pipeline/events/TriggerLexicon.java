package org.entente.pipeline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.model.Meeting;
import org.entente.pipeline.resources.ResourceFile;
import org.entente.pipeline.text.FrozenList;
import org.entente.pipeline.text.Token;
import org.entente.pipeline.text.WordFilter;

/**
 * Phrases that report meetings, loaded from {@code meeting-triggers.tsv}; matched token by token,
 * leftmost-longest. Immutable and thread-safe.
 */
public final class TriggerLexicon {

  /** What must stand next to a trigger phrase for it to report a meeting. */
  public enum Guard {
    /** Nothing. */
    NONE,
    /** A person, an actor or a title follows within a few words. */
    OBJECT,
    /** A city follows, and a party stands right before. */
    PLACE,
    /** A state or a city follows: the destination of a journey ("went to Canada"). */
    DESTINATION,
    /**
     * A meeting or mechanism noun names what met: in the clause before the verb ("the Joint
     * Commission was held", "the Association Council took place") or right after it ("co-chaired
     * the Joint Commission").
     */
    SESSION,
    /**
     * Two officials of two sides, joined by "and", are the subject: "Rojas and Peru's Foreign
     * Minister, Luis Vega, discussed …" (a verb that reports a meeting only so).
     */
    PAIR,
    /**
     * Each other party meets the subject on its own: credentials are presented one envoy at a time
     * ("Presenting credentials were the ambassadors of A, B and C").
     */
    BILATERAL
  }

  /** A trigger phrase and what it says about the meeting. */
  public record Trigger(List<String> words, String kind, Meeting.Mode mode, Guard guard) {

    public boolean needsObject() {
      return guard == Guard.OBJECT;
    }

    public boolean needsPlace() {
      return guard == Guard.PLACE;
    }

    public boolean needsDestination() {
      return guard == Guard.DESTINATION;
    }

    public boolean needsSession() {
      return guard == Guard.SESSION;
    }

    public boolean needsPair() {
      return guard == Guard.PAIR;
    }

    public boolean isBilateral() {
      return guard == Guard.BILATERAL;
    }
  }

  /** The kind of words that hold a trigger but report no meeting: found, then left out. */
  private static final String NONE = "none";

  /** A trigger found in a token list: tokens {@code [from, to)}. */
  public record Match(Trigger trigger, int from, int to) {}

  private final Map<String, List<Trigger>> byFirst;

  /** The keys of {@link #byFirst}: every token of every clause asks, few start a trigger. */
  private final WordFilter firstWords;

  private TriggerLexicon(Map<String, List<Trigger>> byFirst) {
    this.byFirst = byFirst;
    this.firstWords = new WordFilter(byFirst.keySet());
  }

  public static TriggerLexicon meetings() {
    return Holder.MEETINGS;
  }

  static TriggerLexicon load(String resource) {
    Map<String, List<Trigger>> map = new HashMap<>();
    for (ResourceFile.Line line : ResourceFile.read(TriggerLexicon.class, resource)) {
      if (line.fields().size() < 4) {
        throw line.error("expected 4 fields: phrase, kind, mode, guard");
      }
      List<String> words = List.of(line.field(0).toLowerCase(Locale.ROOT).split(" +"));
      Meeting.Mode mode;
      try {
        mode =
            line.field(1).equals(NONE)
                ? Meeting.Mode.IN_PERSON
                : Meeting.Mode.valueOf(line.field(2).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown mode '" + line.field(2) + "'");
      }
      Guard guard;
      try {
        guard =
            line.field(3).equals("-")
                ? Guard.NONE
                : Guard.valueOf(line.field(3).toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown guard '" + line.field(3) + "'");
      }
      map.computeIfAbsent(words.get(0), k -> new ArrayList<>())
          .add(new Trigger(FrozenList.copyOf(words), line.field(1), mode, guard));
    }
    Map<String, List<Trigger>> frozen = new HashMap<>();
    map.forEach(
        (k, v) -> {
          v.sort((a, b) -> b.words().size() - a.words().size());
          frozen.put(k, FrozenList.copyOf(v)); // one list class: the matcher's calls stay direct
        });
    return new TriggerLexicon(
        java.util.Collections.unmodifiableMap(frozen)); // hash compared before equals
  }

  /** True when some trigger phrase starts with {@code lowerWord}. */
  public boolean startsTrigger(String lowerWord) {
    return byFirst.containsKey(lowerWord);
  }

  /** Every trigger in {@code tokens}, non-overlapping, leftmost-longest. */
  public List<Match> find(List<Token> tokens) {
    List<Match> out = new ArrayList<>();
    // sizes read once and lists by index: each size and iterator call is a call that the
    // launcher's client compiler does not inline, at every token
    int n = tokens.size();
    for (int i = 0; i < n; i++) {
      String w = EventContext.lower(tokens.get(i));
      List<Trigger> ts = firstWords.mayContain(w) ? byFirst.get(w) : null;
      if (ts == null) {
        continue;
      }
      for (int x = 0, count = ts.size(); x < count; x++) {
        Trigger t = ts.get(x);
        if (matches(t, tokens, i, n)) {
          if (!t.kind().equals(NONE)) {
            out.add(new Match(t, i, i + t.words().size()));
          }
          i += t.words().size() - 1;
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(Trigger t, List<Token> tokens, int i, int n) {
    List<String> words = t.words();
    int size = words.size();
    if (i + size > n) {
      return false;
    }
    for (int k = 0; k < size; k++) {
      String w = words.get(k);
      if (!w.equals("*") && !w.equals(EventContext.lower(tokens.get(i + k)))) {
        return false;
      }
    }
    return true;
  }

  private static final class Holder {
    static final TriggerLexicon MEETINGS = load("meeting-triggers.tsv");
  }
}
