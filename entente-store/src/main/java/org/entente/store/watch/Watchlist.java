package org.entente.store.watch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an analyst follows: actors (every relationship of each), pairs of actors, optionally only
 * records evidenced in documents with one of some topics, and which kinds of alert to be told
 * about. Immutable; the constructor validates and normalises (codes upper-cased, duplicates
 * dropped).
 *
 * @param name letters, digits, {@code _ . -}; 1–60 characters
 * @param actors actor codes followed with every partner
 * @param pairs pairs of actor codes followed
 * @param topics topics a record's documents must have one of; empty for any
 * @param kinds the alert kinds wanted; never empty (all kinds when none is given)
 * @param dueWithinDays what "soon" means for deadlines and expected sessions, 1–3650
 */
public record Watchlist(
    String name,
    List<String> actors,
    List<Pair> pairs,
    List<String> topics,
    Set<AlertKind> kinds,
    int dueWithinDays) {

  /** The default window for "due soon". */
  public static final int DEFAULT_DUE_DAYS = 30;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,60}");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_.-]{1,40}");

  /** Two actors followed together; {@link #toString()} is "A/B". */
  public record Pair(String a, String b) {
    public Pair {
      a = code(a);
      b = code(b);
      if (a.equals(b)) {
        throw new IllegalArgumentException("a pair needs two different actors: " + a + "/" + b);
      }
    }

    /**
     * Parses "A/B", "A-B" is not accepted since codes may hold hyphens.
     *
     * @throws IllegalArgumentException for anything but two codes around one slash
     */
    public static Pair parse(String s) {
      String[] p = s.strip().split("/", -1);
      if (p.length != 2) {
        throw new IllegalArgumentException("not a pair (write A/B, e.g. EU/MAR): " + s);
      }
      return new Pair(p[0], p[1]);
    }

    /** Whether {@code parties} include both actors. */
    public boolean within(List<String> parties) {
      return parties.contains(a) && parties.contains(b);
    }

    /** For people: "EU–MAR". */
    public String label() {
      return a + "–" + b;
    }

    @Override
    public String toString() {
      return a + "/" + b;
    }
  }

  public Watchlist {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a watchlist name is 1–60 letters, digits, '_', '.' or '-': " + name);
    }
    actors = distinctCodes(actors);
    pairs = pairs == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(pairs));
    if (actors.isEmpty() && pairs.isEmpty()) {
      throw new IllegalArgumentException("a watchlist follows at least one actor or pair");
    }
    List<String> t = new ArrayList<>();
    for (String s : topics == null ? List.<String>of() : topics) {
      String v = s.strip();
      if (!v.isEmpty() && !t.contains(v)) {
        if (v.contains(",")) {
          throw new IllegalArgumentException("a topic holds no comma: " + v);
        }
        t.add(v);
      }
    }
    topics = List.copyOf(t);
    kinds =
        kinds == null || kinds.isEmpty()
            ? Set.copyOf(EnumSet.allOf(AlertKind.class))
            : Set.copyOf(EnumSet.copyOf(kinds));
    if (dueWithinDays < 1 || dueWithinDays > 3650) {
      throw new IllegalArgumentException("due window must be 1–3650 days: " + dueWithinDays);
    }
  }

  /** Whether this watchlist wants alerts of {@code kind}. */
  public boolean wants(AlertKind kind) {
    return kinds.contains(kind);
  }

  /** The kinds in urgency order, for display. */
  public List<AlertKind> kindsInOrder() {
    return List.copyOf(EnumSet.copyOf(kinds));
  }

  private static List<String> distinctCodes(List<String> codes) {
    List<String> out = new ArrayList<>();
    for (String c : codes == null ? List.<String>of() : codes) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String v = code(c);
      if (!out.contains(v)) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  static String code(String s) {
    String v = s == null ? "" : s.strip().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(v).matches()) {
      throw new IllegalArgumentException("not an actor code: " + s);
    }
    return v;
  }
}
