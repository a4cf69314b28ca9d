package org.entente.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
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
    Scorer scorer = new Scorer();
    for (GoldDocument g : gold) {
      Extraction e = pipeline.extract(g.toDocument());
      JsonNode pred = ExtractionJson.toTree(e);
      scorer.add(g, pred);
    }
    return scorer;
  }

  /** Missed and spurious records per document, for {@code eval --verbose} and failing gates. */
  public static String details(Scorer scorer) {
    StringBuilder sb = new StringBuilder();
    for (Scorer.DocumentResult d : scorer.documents()) {
      StringBuilder doc = new StringBuilder();
      for (String c : Scorer.CATEGORIES) {
        for (JsonNode m : d.missed().get(c)) {
          doc.append("  missed   ").append(c).append(' ').append(brief(m)).append('\n');
        }
        for (JsonNode s : d.spurious().get(c)) {
          doc.append("  spurious ").append(c).append(' ').append(brief(s)).append('\n');
        }
      }
      if (doc.length() > 0) {
        sb.append(d.id()).append('\n').append(doc);
      }
    }
    return sb.toString();
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
