package org.entente.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Near names for an actor code the ledger does not know, for "did you mean MAR?": in this order,
 * the first kind that has any — the code or name in other case ("mar", "morocco"), the code's
 * letters in another order ("MRA"), codes one letter away ("MOR"), actors whose name starts with
 * what was typed ("moroc"). Reads the actors of the ledger once per call; thread-safe.
 */
public final class ActorSuggestions {

  /** The most suggestions given. */
  public static final int MAX = 3;

  private final Db db;

  public ActorSuggestions(Ledger ledger) {
    this.db = ledger.db();
  }

  /** Whether the ledger knows {@code code}: as an actor or as a party to a record. */
  public boolean knows(String code) {
    return count("SELECT COUNT(*) FROM actors WHERE code = ?", code) > 0
        || count("SELECT COUNT(*) FROM record_parties WHERE actor = ?", code) > 0;
  }

  private long count(String sql, String code) {
    return db.one(sql, rs -> rs.getLong(1), code).orElse(0L);
  }

  /** At most {@link #MAX} known actor codes near {@code typed}, the nearest first. */
  public List<String> near(String typed) {
    String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    if (t.isEmpty()) {
      return List.of();
    }
    Map<String, String> actors = new LinkedHashMap<>();
    db.query(
        "SELECT code, name FROM actors ORDER BY code",
        rs -> actors.put(rs.getString(1), rs.getString(2)),
        new Object[0]);
    db.query(
        "SELECT DISTINCT actor FROM record_parties ORDER BY actor",
        rs -> actors.putIfAbsent(rs.getString(1), rs.getString(1)),
        new Object[0]);
    List<String> exact = new ArrayList<>();
    List<String> swapped = new ArrayList<>();
    List<String> close = new ArrayList<>();
    List<String> named = new ArrayList<>();
    for (Map.Entry<String, String> a : actors.entrySet()) {
      String code = a.getKey().toLowerCase(Locale.ROOT);
      String name = a.getValue() == null ? "" : a.getValue().toLowerCase(Locale.ROOT);
      if (code.equals(t) || name.equals(t)) {
        exact.add(a.getKey());
      } else if (code.length() == t.length() && sameLetters(code, t)) {
        swapped.add(a.getKey());
      } else if (code.length() == t.length() && distance(code, t) <= 1) {
        close.add(a.getKey());
      } else if (t.length() >= 3 && (name.startsWith(t) || name.contains(" " + t))) {
        named.add(a.getKey());
      }
    }
    // The nearest kind of match only: "MRA" is MAR with two letters swapped, not also FRA.
    for (List<String> tier : List.of(exact, swapped, close, named)) {
      if (!tier.isEmpty()) {
        return List.copyOf(tier.subList(0, Math.min(MAX, tier.size())));
      }
    }
    return List.of();
  }

  /** "did you mean MAR?", "did you mean MAR or MLI?", or "" with no suggestion. */
  public static String didYouMean(List<String> near) {
    if (near.isEmpty()) {
      return "";
    }
    String last = near.get(near.size() - 1);
    String head = String.join(", ", near.subList(0, near.size() - 1));
    return "did you mean " + (head.isEmpty() ? last : head + " or " + last) + "?";
  }

  /** Whether two codes have the same letters in another order ("SNE" for "SEN"). */
  private static boolean sameLetters(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  /** Levenshtein distance of two short codes. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
