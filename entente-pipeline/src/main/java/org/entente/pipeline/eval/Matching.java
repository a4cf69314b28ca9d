package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entente.pipeline.resources.ResourceFile;

/**
 * The matching rules of the reference scorer ({@code ../shared/eval/score.py}), one for one. Any
 * change here must keep the two in agreement: the scorer defines the metric.
 */
public final class Matching {

  /** The scorer's STOP words, English, French and Spanish: {@code stop-words.txt}. */
  private static final Set<String> STOP = stopWords();

  private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
  private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

  private Matching() {}

  private static Set<String> stopWords() {
    Set<String> out = new HashSet<>();
    for (ResourceFile.Line line : ResourceFile.read(Matching.class, "stop-words.txt")) {
      for (String w : line.field(0).split(" +")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return Set.copyOf(out);
  }

  /** NFKD, strip combining marks, lower case, non-alphanumerics to single spaces, trimmed. */
  public static String norm(String s) {
    String d = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
    d = COMBINING.matcher(d).replaceAll("");
    return NON_ALNUM.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  /** Content words of {@code s}: normalised, longer than one letter, not stop words. */
  public static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : norm(s).split(" ")) {
      if (w.length() > 1 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
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
