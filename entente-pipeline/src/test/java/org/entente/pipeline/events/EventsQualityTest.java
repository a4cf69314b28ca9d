package org.entente.pipeline.events;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.Entente;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.eval.Evaluation;
import org.entente.pipeline.eval.GoldDocument;
import org.entente.pipeline.eval.Scorer;
import org.entente.pipeline.json.ExtractionJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Quality gate for agreements and commitments on the development gold set ({@code
 * ../shared/eval/dev}); skipped when the set is absent. The thresholds sit a little below the
 * figures measured when they were set; a drop fails with the missed and spurious records. Also
 * writes the predictions to {@code target/events-dev-predictions.jsonl} for the reference scorer
 * ({@code python3 score.py dev target/events-dev-predictions.jsonl}).
 */
class EventsQualityTest {

  @Test
  void agreementsAndCommitmentsKeepTheirDevFigures() throws IOException {
    Path dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    Assumptions.assumeTrue(Files.isDirectory(dev), "no dev set at " + dev);
    List<GoldDocument> gold = GoldDocument.readDir(dev);
    Pipeline pipeline = Entente.newDefaultPipeline();
    Scorer scorer = Evaluation.run(pipeline, gold);
    List<String> lines = new ArrayList<>();
    for (GoldDocument g : gold) {
      lines.add(ExtractionJson.toJsonLine(pipeline.extract(g.toDocument())));
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "events-dev-predictions.jsonl"), lines, StandardCharsets.UTF_8);
    Scorer.Figures a = scorer.figures("agreements");
    Scorer.Figures c = scorer.figures("commitments");
    int[] due = scorer.deadlines();
    String report = scorer.report() + "\n" + Evaluation.details(scorer);
    assertTrue(a.f1() >= 0.79, () -> "agreements F1 " + a.f1() + "\n" + report);
    assertTrue(a.recall() >= 0.80, () -> "agreements recall " + a.recall() + "\n" + report);
    assertTrue(c.precision() >= 0.85, () -> "commitments P " + c.precision() + "\n" + report);
    assertTrue(c.f1() >= 0.70, () -> "commitments F1 " + c.f1() + "\n" + report);
    assertTrue(due[0] >= 19, () -> "deadlines right " + due[0] + "/" + due[1] + "\n" + report);
  }
}
