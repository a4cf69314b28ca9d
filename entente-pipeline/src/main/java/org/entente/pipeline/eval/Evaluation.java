package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.model.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.json.ExtractionJson;

/** Runs a pipeline over a gold set and scores it. */
public final class Evaluation {

  private Evaluation() {}

  /** Extracts every document of {@code goldDir} with {@code pipeline} and scores the result. */
  public static Scorer run(Pipeline pipeline, Path goldDir) {
    return run(pipeline, GoldDocument.readDir(goldDir));
  }

  public static Scorer run(Pipeline pipeline, List<GoldDocument> gold) {
    return run(pipeline, gold, new TreeMap<>());
  }

  /**
   * As {@link #run(Pipeline, Path)}, and also scores each language apart: {@code byLanguage}
   * receives one scorer per language the texts were read as (the detected or forced language of
   * each extraction), so that a mixed set such as French and Spanish reports each language.
   */
  public static Scorer run(Pipeline pipeline, Path goldDir, Map<String, Scorer> byLanguage) {
    return run(pipeline, GoldDocument.readDir(goldDir), byLanguage);
  }

  public static Scorer run(
      Pipeline pipeline, List<GoldDocument> gold, Map<String, Scorer> byLanguage) {
    Scorer scorer = new Scorer();
    for (GoldDocument g : gold) {
      Extraction e = pipeline.extract(g.toDocument());
      JsonNode pred = ExtractionJson.toTree(e);
      scorer.add(g, pred);
      byLanguage.computeIfAbsent(e.language(), l -> new Scorer()).add(g, pred);
    }
    return scorer;
  }

  /**
   * Missed and spurious records per document, each tagged with its cause, then the counts of causes
   * per category (see {@link ErrorCauses}), for {@code eval --verbose} and failing gates.
   */
  public static String details(Scorer scorer) {
    ErrorCauses causes = ErrorCauses.of(scorer);
    Map<String, List<ErrorCauses.Explained>> byDocument = new HashMap<>();
    for (ErrorCauses.Explained e : causes.explained()) {
      byDocument.computeIfAbsent(e.document(), k -> new ArrayList<>()).add(e);
    }
    StringBuilder sb = new StringBuilder();
    for (Scorer.DocumentResult d : scorer.documents()) {
      List<ErrorCauses.Explained> es = byDocument.getOrDefault(d.id(), List.of());
      if (es.isEmpty() && d.wrongDeadlines().isEmpty()) {
        continue;
      }
      sb.append(d.id()).append('\n');
      for (ErrorCauses.Explained e : es) {
        sb.append(e.missed() ? "  missed   " : "  spurious ")
            .append(e.category())
            .append(" [")
            .append(e.cause().label())
            .append("] ")
            .append(brief(e.record()))
            .append('\n');
      }
      for (JsonNode[] w : d.wrongDeadlines()) {
        // a matched commitment whose deadline was read wrong, or not read
        sb.append("  deadline commitments \"")
            .append(Matching.text(w[0], "action"))
            .append("\": gold ")
            .append(Matching.text(w[0], "due"))
            .append(" (")
            .append(Matching.text(w[0], "due_text"))
            .append("), read ")
            .append(Matching.text(w[1], "due"))
            .append(" (")
            .append(Matching.text(w[1], "due_text"))
            .append(")\n");
      }
    }
    return sb.append('\n').append(causes.summary(scorer)).toString();
  }

  private static String brief(JsonNode r) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = r.deepCopy();
    copy.remove("spans");
    copy.remove("cameo");
    copy.remove("plover");
    copy.remove("location");
    return copy.toString();
  }
}
