package org.entente.pipeline.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.pipeline.Entente;
import org.entente.pipeline.json.ExtractionJson;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the reference scorer ({@code score.py} beside the set) on the default pipeline's predictions
 * for a gold set, for tests that check the Java scorer against it. Aborts the calling test
 * (skipped) when the script or python3 is absent.
 */
final class ReferenceScorer {

  private ReferenceScorer() {}

  /** What {@code python3 score.py SET PREDICTIONS} prints, stripped. */
  static String report(Path set, List<GoldDocument> gold) throws IOException, InterruptedException {
    Path script = set.getParent().resolve("score.py");
    Assumptions.assumeTrue(Files.isRegularFile(script), "no score.py");
    Path pred = Files.createTempFile("entente-" + set.getFileName() + "-", ".jsonl");
    List<String> lines = new ArrayList<>();
    for (GoldDocument g : gold) {
      lines.add(ExtractionJson.toJsonLine(Entente.pipeline().extract(g.toDocument())));
    }
    Files.write(pred, lines, StandardCharsets.UTF_8);
    try {
      Process p;
      try {
        p =
            new ProcessBuilder("python3", script.toString(), set.toString(), pred.toString())
                .redirectErrorStream(true)
                .start();
      } catch (IOException e) {
        Assumptions.abort("python3 is not available: " + e.getMessage());
        return "";
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("score.py did not finish in 60 s");
      }
      return out.strip();
    } finally {
      Files.deleteIfExists(pred);
    }
  }
}
