package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Scores predictions against gold annotations exactly as {@code ../shared/eval/score.py} does:
 * greedy one-to-one matching in gold order, per-category precision/recall/F1, topic sets, deadline
 * and place accuracy over matched pairs, macro-F1 over the five categories. Not thread-safe: one
 * scorer per run.
 */
public final class Scorer {

  /** The record categories, in the reference scorer's order. */
  public static final List<String> CATEGORIES =
      List.of("persons", "meetings", "agreements", "commitments");

  private static final Map<String, BiPredicate<JsonNode, JsonNode>> MATCHERS =
      Map.of(
          "persons", Matching::person,
          "meetings", Matching::meeting,
          "agreements", Matching::agreement,
          "commitments", Matching::commitment);

  private final Map<String, int[]> totals = new LinkedHashMap<>();
  private final int[] due = new int[2];
  private final int[] place = new int[2];
  private final List<DocumentResult> documents = new ArrayList<>();

  public Scorer() {
    for (String c : CATEGORIES) {
      totals.put(c, new int[3]);
    }
    totals.put("topics", new int[3]);
  }

  /**
   * What went right and wrong in one document; {@code wrongDeadlines} holds each matched commitment
   * whose gold deadline was not read right, as its gold and its extracted record.
   */
  public record DocumentResult(
      String id,
      Map<String, List<JsonNode>> missed,
      Map<String, List<JsonNode>> spurious,
      List<JsonNode[]> wrongDeadlines) {}

  /** Adds one document: {@code pred} has the gold field names (it may be null: no output). */
  public DocumentResult add(GoldDocument gold, JsonNode pred) {
    Map<String, List<JsonNode>> missed = new LinkedHashMap<>();
    Map<String, List<JsonNode>> spurious = new LinkedHashMap<>();
    List<JsonNode[]> wrongDue = new ArrayList<>();
    for (String c : CATEGORIES) {
      List<JsonNode> gl = gold.records(c);
      List<JsonNode> pl = list(pred, c);
      boolean[] used = new boolean[pl.size()];
      List<JsonNode> miss = new ArrayList<>();
      int tp = 0;
      for (JsonNode g : gl) {
        int hit = -1;
        for (int j = 0; j < pl.size(); j++) {
          if (!used[j] && MATCHERS.get(c).test(g, pl.get(j))) {
            hit = j;
            break;
          }
        }
        if (hit < 0) {
          miss.add(g);
          continue;
        }
        used[hit] = true;
        tp++;
        JsonNode p = pl.get(hit);
        if (c.equals("commitments") && Matching.text(g, "due") != null) {
          due[1]++;
          String pd = Matching.text(p, "due");
          if (pd != null && !pd.isEmpty() && Matching.dateOk(Matching.text(g, "due"), pd)) {
            due[0]++;
          } else {
            wrongDue.add(new JsonNode[] {g, p});
          }
        }
        if (c.equals("meetings") && Matching.text(g, "place") != null) {
          place[1]++;
          if (Matching.norm(Matching.text(g, "place"))
              .equals(Matching.norm(Matching.text(p, "place")))) {
            place[0]++;
          }
        }
      }
      List<JsonNode> spur = new ArrayList<>();
      for (int j = 0; j < pl.size(); j++) {
        if (!used[j]) {
          spur.add(pl.get(j));
        }
      }
      int[] t = totals.get(c);
      t[0] += tp;
      t[1] += gl.size();
      t[2] += pl.size();
      missed.put(c, miss);
      spurious.put(c, spur);
    }
    Set<String> gt = topics(gold.json());
    Set<String> pt = topics(pred);
    Set<String> common = new HashSet<>(gt);
    common.retainAll(pt);
    int[] t = totals.get("topics");
    t[0] += common.size();
    t[1] += gt.size();
    t[2] += pt.size();
    DocumentResult r = new DocumentResult(gold.id(), missed, spurious, List.copyOf(wrongDue));
    documents.add(r);
    return r;
  }

  private static List<JsonNode> list(JsonNode pred, String c) {
    List<JsonNode> out = new ArrayList<>();
    if (pred != null && pred.get(c) != null && pred.get(c).isArray()) {
      pred.get(c).forEach(out::add);
    }
    return out;
  }

  private static Set<String> topics(JsonNode n) {
    Set<String> out = new HashSet<>();
    if (n != null && n.get("topics") != null) {
      n.get("topics").forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** Precision, recall and F1 of one category, with the scorer's conventions for empty sets. */
  public record Figures(String category, int tp, int gold, int predicted) {
    public double precision() {
      return predicted > 0 ? (double) tp / predicted : (gold == 0 ? 1.0 : 0.0);
    }

    public double recall() {
      return gold > 0 ? (double) tp / gold : 1.0;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
  }

  public List<Figures> figures() {
    List<Figures> out = new ArrayList<>();
    totals.forEach((c, t) -> out.add(new Figures(c, t[0], t[1], t[2])));
    return out;
  }

  public Figures figures(String category) {
    int[] t = totals.get(category);
    return new Figures(category, t[0], t[1], t[2]);
  }

  public double macroF1() {
    return figures().stream().mapToDouble(Figures::f1).average().orElse(0);
  }

  /** Matched gold deadlines resolved right, and matched gold deadlines. */
  public int[] deadlines() {
    return due.clone();
  }

  /** Matched gold meeting places right, and matched gold places. */
  public int[] places() {
    return place.clone();
  }

  public List<DocumentResult> documents() {
    return List.copyOf(documents);
  }

  /** The report in the reference scorer's layout. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    for (Figures f : figures()) {
      sb.append(
          String.format(
              Locale.ROOT,
              "%-12s P %s  R %s  F1 %s  (tp %d, gold %d, pred %d)%n",
              f.category(),
              three(f.precision()),
              three(f.recall()),
              three(f.f1()),
              f.tp(),
              f.gold(),
              f.predicted()));
    }
    if (due[1] > 0) {
      sb.append(String.format(Locale.ROOT, "commitment due dates right: %d/%d%n", due[0], due[1]));
    }
    if (place[1] > 0) {
      sb.append(String.format(Locale.ROOT, "meeting places right: %d/%d%n", place[0], place[1]));
    }
    sb.append(String.format(Locale.ROOT, "macro-F1 %s%n", three(macroF1())));
    return sb.toString();
  }

  /**
   * Three decimals as Python's {@code f"{x:.3f}"} writes them: the exact binary value rounded half
   * to even, so that a tie such as 0.8125 reads 0.812 in both scorers.
   */
  static String three(double x) {
    return new java.math.BigDecimal(x)
        .setScale(3, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }
}
