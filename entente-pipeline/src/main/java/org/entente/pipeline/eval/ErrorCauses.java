package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Explains the scorer's misses and spurious records by cause, so that the next rule is chosen by
 * counts across a set rather than by one text.
 *
 * <p>Design. A miss and a spurious record of the same document are first paired when they differ in
 * one respect only: the same words but other parties ({@link Cause#WRONG_PARTY}), the same parties
 * but another date ({@link Cause#WRONG_DATE}), the same parties and some but too few words ({@link
 * Cause#OTHER_WORDS}), or a name with the right person under another affiliation. A miss of one
 * category explained by a spurious record of the other tense (a held meeting read as an announced
 * one, or the reverse) is {@link Cause#FUTURE_VS_PAST}. A missed agreement whose name counts
 * instruments ("three memoranda") is {@link Cause#BATCH}. What remains is {@link Cause#NOT_FOUND}
 * (no trigger read) or {@link Cause#NOT_IN_GOLD}. Matched commitments whose deadline is wrong or
 * absent are counted apart. Each spurious record explains at most one miss. Not thread-safe: build
 * one per report.
 */
public final class ErrorCauses {

  /** Why a record was missed or spurious. */
  public enum Cause {
    NOT_FOUND("trigger not found"),
    NOT_IN_GOLD("not in gold"),
    WRONG_PARTY("wrong party"),
    WRONG_AFFILIATION("wrong affiliation"),
    WRONG_DATE("wrong date"),
    OTHER_WORDS("other words"),
    FUTURE_VS_PAST("future vs past"),
    BATCH("batch");

    private final String label;

    Cause(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One explained record: missed (from gold) or spurious (from the extraction). */
  public record Explained(
      String document, String category, boolean missed, JsonNode record, Cause cause) {}

  private static final Pattern COUNTED =
      Pattern.compile(
          "^(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a series"
              + " of|a number of)\\b.*",
          Pattern.CASE_INSENSITIVE);

  private final List<Explained> explained = new ArrayList<>();
  private final int[] deadlines = new int[3]; // right, wrong, absent

  /** Explains every miss and spurious record of {@code scorer}'s documents. */
  public static ErrorCauses of(Scorer scorer) {
    ErrorCauses causes = new ErrorCauses();
    for (Scorer.DocumentResult d : scorer.documents()) {
      causes.explain(d);
    }
    return causes;
  }

  public List<Explained> explained() {
    return List.copyOf(explained);
  }

  /** Counts per category and direction ("commitments missed"), per cause, largest first. */
  public Map<String, Map<Cause, Integer>> counts() {
    Map<String, Map<Cause, Integer>> out = new LinkedHashMap<>();
    for (String c : Scorer.CATEGORIES) {
      for (boolean missed : new boolean[] {true, false}) {
        Map<Cause, Integer> m = new TreeMap<>();
        for (Explained e : explained) {
          if (e.category().equals(c) && e.missed() == missed) {
            m.merge(e.cause(), 1, Integer::sum);
          }
        }
        out.put(c + (missed ? " missed" : " spurious"), m);
      }
    }
    return out;
  }

  private void explain(Scorer.DocumentResult d) {
    Map<JsonNode, Cause> spuriousCause = new IdentityHashMap<>();
    for (String c : Scorer.CATEGORIES) {
      List<JsonNode> spurious = d.spurious().get(c);
      for (JsonNode g : d.missed().get(c)) {
        Cause cause = null;
        for (JsonNode p : spurious) {
          if (!spuriousCause.containsKey(p)) {
            cause = near(c, g, p);
            if (cause != null) {
              spuriousCause.put(p, cause);
              break;
            }
          }
        }
        if (cause == null) {
          cause = otherTense(d, c, g, spuriousCause);
        }
        if (cause == null) {
          cause =
              c.equals("agreements") && COUNTED.matcher(text(g, "name")).matches()
                  ? Cause.BATCH
                  : Cause.NOT_FOUND;
        }
        explained.add(new Explained(d.id(), c, true, g, cause));
      }
    }
    for (String c : Scorer.CATEGORIES) {
      for (JsonNode p : d.spurious().get(c)) {
        explained.add(
            new Explained(d.id(), c, false, p, spuriousCause.getOrDefault(p, Cause.NOT_IN_GOLD)));
      }
    }
  }

  /** The one respect in which spurious {@code p} differs from missed {@code g}, or null. */
  private static Cause near(String category, JsonNode g, JsonNode p) {
    Set<String> gp = Matching.parties(g);
    Set<String> pp = Matching.parties(p);
    boolean share = gp.isEmpty() || pp.isEmpty() || gp.stream().anyMatch(pp::contains);
    switch (category) {
      case "persons":
        JsonNode copy = p.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy)
            .set("affiliation", g.get("affiliation"));
        return Matching.person(g, copy) ? Cause.WRONG_AFFILIATION : null;
      case "meetings":
        if (gp.equals(pp)) {
          return Cause.WRONG_DATE;
        }
        return share && Matching.dateOk(text(g, "date"), text(p, "date"))
            ? Cause.WRONG_PARTY
            : null;
      default:
        String field = category.equals("agreements") ? "name" : "action";
        double overlap = overlap(text(g, field), text(p, field));
        if (overlap >= 0.5) {
          return Cause.WRONG_PARTY;
        }
        return overlap > 0 && share ? Cause.OTHER_WORDS : null;
    }
  }

  /**
   * A missed meeting read as an announced one (a spurious commitment of the same parties), or a
   * missed commitment read as a held meeting (a spurious meeting of its parties).
   */
  private static Cause otherTense(
      Scorer.DocumentResult d, String category, JsonNode g, Map<JsonNode, Cause> used) {
    String other =
        category.equals("meetings")
            ? "commitments"
            : category.equals("commitments") ? "meetings" : null;
    if (other == null) {
      return null;
    }
    Set<String> gp = Matching.parties(g);
    for (JsonNode p : d.spurious().get(other)) {
      Set<String> pp = Matching.parties(p);
      boolean fits =
          category.equals("meetings")
              ? gp.equals(pp) || pp.size() >= 2 && gp.containsAll(pp)
              : gp.size() >= 2 && gp.equals(pp) && meetingWords(text(g, "action"));
      if (!used.containsKey(p) && fits) {
        used.put(p, Cause.FUTURE_VS_PAST);
        return Cause.FUTURE_VS_PAST;
      }
    }
    return null;
  }

  private static final Set<String> MEETING_WORDS =
      Set.of("meet", "visit", "hold", "host", "talks", "call", "co", "chair", "attend", "travel");

  private static boolean meetingWords(String action) {
    for (String w : Matching.norm(action).split(" ")) {
      if (MEETING_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static double overlap(String a, String b) {
    Set<String> aw = Matching.words(a);
    Set<String> bw = Matching.words(b);
    if (aw.isEmpty() || bw.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(aw);
    common.retainAll(bw);
    return (double) common.size() / Math.min(aw.size(), bw.size());
  }

  private static String text(JsonNode r, String field) {
    String t = Matching.text(r, field);
    return t == null ? "" : t;
  }

  /**
   * The first word of an action or the kind of an agreement: a cheap grouping of what was missed.
   */
  static String head(String category, JsonNode r) {
    if (category.equals("agreements")) {
      return text(r, "kind");
    }
    if (category.equals("commitments")) {
      String[] w = Matching.norm(text(r, "action")).split(" ");
      return w.length == 0 || w[0].isEmpty() ? "?" : w[0];
    }
    return null;
  }

  /**
   * The summary: per category and direction, the causes largest first; for records not found or not
   * in gold, the commonest heads (first verb of the action, kind of the agreement); then the
   * matched commitments' deadlines.
   */
  public String summary(Scorer scorer) {
    StringBuilder sb = new StringBuilder("Causes (choose the next rule by the largest group):\n");
    for (var e : counts().entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
      sb.append(String.format(Locale.ROOT, "  %-22s %3d:", e.getKey(), total));
      e.getValue().entrySet().stream()
          .sorted((a, b) -> b.getValue() - a.getValue())
          .forEach(
              x ->
                  sb.append(' ')
                      .append(x.getKey().label())
                      .append(' ')
                      .append(x.getValue())
                      .append(','));
      sb.setLength(sb.length() - 1);
      String[] parts = e.getKey().split(" ");
      String heads = heads(parts[0], parts[1].equals("missed"));
      if (!heads.isEmpty()) {
        sb.append("\n  ").append(" ".repeat(26)).append(heads);
      }
      sb.append('\n');
    }
    int[] due = scorer.deadlines();
    if (due[1] > 0) {
      sb.append(
          String.format(
              Locale.ROOT,
              "  %-22s %3d: right %d, wrong %d%n",
              "commitment deadlines",
              due[1],
              due[0],
              due[1] - due[0]));
    }
    return sb.toString();
  }

  private String heads(String category, boolean missed) {
    Map<String, Integer> n = new TreeMap<>();
    for (Explained e : explained) {
      if (e.category().equals(category)
          && e.missed() == missed
          && (e.cause() == Cause.NOT_FOUND || e.cause() == Cause.NOT_IN_GOLD)) {
        String h = head(category, e.record());
        if (h != null) {
          n.merge(h, 1, Integer::sum);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    n.entrySet().stream()
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(8)
        .forEach(x -> sb.append(x.getKey()).append(' ').append(x.getValue()).append(", "));
    return sb.length() == 0 ? "" : "by head: " + sb.substring(0, sb.length() - 2);
  }
}
