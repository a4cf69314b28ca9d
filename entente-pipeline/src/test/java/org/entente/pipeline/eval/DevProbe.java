package org.entente.pipeline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Entente;
import org.entente.pipeline.json.ExtractionJson;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A developer's probe, not a check: prints the analysis of the dev documents named by {@code
 * -Dprobe=id1,id2}. Skipped unless that property is set.
 */
class DevProbe {

  @Test
  void printsAnalysis() {
    String ids = System.getProperty("probe");
    Path dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    Assumptions.assumeTrue(ids != null && Files.isDirectory(dev));
    for (GoldDocument g : GoldDocument.readDir(dev)) {
      if (!("," + ids + ",").contains("," + g.id() + ",")) {
        continue;
      }
      Analysis a = Entente.pipeline().analyse(g.toDocument());
      System.out.println("## " + g.id() + " sentences=" + a.sentences().size());
      a.sentences().forEach(s -> System.out.println("  S: " + s.text(a.text())));
      a.dates().forEach(d -> System.out.println("  D: " + d));
      a.actors().forEach(x -> System.out.println("  A: " + x.code() + " " + x.span().of(a.text())));
      System.out.println(ExtractionJson.toJsonLine(a.toExtraction()));
    }
  }
}
