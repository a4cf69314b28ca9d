package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.entente.pipeline.text.WordForms;

/**
 * The matching rules of the reference scorer ({@code ../shared/eval/score.py}), one for one. Any
 * change here must keep the two in agreement: the scorer defines the metric.
 */
public final class Matching {

  private Matching() {}

  /** The scorer's normalised form: {@link WordForms#norm}. */
  public static String norm(String s) {
    return WordForms.norm(s);
  }

  /** The scorer's content words: {@link WordForms#words}. */
  public static Set<String> words(String s) {
    return WordForms.words(s);
  }

  static Set<String> parties(JsonNode r) {
    Set<String> out = new TreeSet<>();
    JsonNode p = r.get("parties");
    if (p != null && p.isArray()) {
      p.forEach(
          x -> {
            if (!x.isNull() && !x.asText().isEmpty()) {
              out.add(x.asText().toUpperCase(Locale.ROOT));
            }
          });
    }
    return out;
  }

  static String text(JsonNode r, String field) {
    JsonNode v = r.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Gold dates may be partial: {@code XXXX-MM-DD} (year unknown) or {@code YYYY-MM} (month). */
  public static boolean dateOk(String gold, String pred) {
    if (gold == null || gold.isEmpty()) {
      return true;
    }
    if (pred == null || pred.isEmpty()) {
      return false;
    }
    if (gold.startsWith("XXXX-")) {
      return pred.length() >= 10 && slice(pred, 5, 10).equals(slice(gold, 5, 10));
    }
    return slice(pred, 0, gold.length()).equals(gold)
        && (gold.length() < 10
            || pred.length() == gold.length()
            || slice(pred, 0, 10).equals(slice(gold, 0, 10)));
  }

  private static String slice(String s, int from, int to) {
    return s.substring(Math.min(from, s.length()), Math.min(to, s.length()));
  }

  static boolean person(JsonNode g, JsonNode p) {
    String ga = text(g, "affiliation");
    String pa = text(p, "affiliation");
    if (!(ga == null ? "" : ga.toUpperCase(Locale.ROOT))
        .equals(pa == null ? "" : pa.toUpperCase(Locale.ROOT))) {
      return false;
    }
    String a = norm(text(g, "name"));
    String b = norm(text(p, "name"));
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)
        || (" " + b + " ").contains(" " + a + " ")
        || (" " + a + " ").contains(" " + b + " ")) {
      return true;
    }
    String[] as = a.split(" ");
    String[] bs = b.split(" ");
    return as[as.length - 1].equals(bs[bs.length - 1]) && a.charAt(0) == b.charAt(0);
  }

  static boolean meeting(JsonNode g, JsonNode p) {
    return parties(g).equals(parties(p)) && dateOk(text(g, "date"), text(p, "date"));
  }

  static boolean agreement(JsonNode g, JsonNode p) {
    return overlapMatch(text(g, "name"), text(p, "name"), g, p);
  }

  static boolean commitment(JsonNode g, JsonNode p) {
    return overlapMatch(text(g, "action"), text(p, "action"), g, p);
  }

  private static boolean overlapMatch(String gs, String ps, JsonNode g, JsonNode p) {
    Set<String> gw = words(gs);
    Set<String> pw = words(ps);
    if (gw.isEmpty() || pw.isEmpty()) {
      return false;
    }
    Set<String> common = new HashSet<>(gw);
    common.retainAll(pw);
    double overlap = (double) common.size() / Math.min(gw.size(), pw.size());
    Set<String> gp = parties(g);
    Set<String> pp = parties(p);
    boolean share = gp.isEmpty() || pp.isEmpty() || gp.stream().anyMatch(pp::contains);
    return overlap >= 0.5 && share;
  }
}
