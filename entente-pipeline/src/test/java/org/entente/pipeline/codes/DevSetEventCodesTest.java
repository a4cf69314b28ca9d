package org.entente.pipeline.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Agreement;
import org.entente.model.Extraction;
import org.entente.pipeline.Entente;
import org.entente.pipeline.eval.GoldDocument;
import org.junit.jupiter.api.Test;

/**
 * Every meeting, agreement and commitment that the default pipeline finds on the development set
 * carries a CAMEO and a PLOVER code; the one documented exception is an agreement only referenced
 * as background, which reports no event. Skipped when the shared data are absent.
 */
class DevSetEventCodesTest {

  @Test
  void codesEveryExtractedEventOnTheDevSet() {
    Path dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    assumeTrue(Files.isDirectory(dev), "no dev gold set at " + dev);
    List<String> uncoded = new ArrayList<>();
    int records = 0;
    for (GoldDocument g : GoldDocument.readDir(dev)) {
      Extraction e = Entente.extract(g.toDocument());
      for (var m : e.meetings()) {
        records++;
        if (m.code() == null || m.code().cameo() == null || m.code().plover() == null) {
          uncoded.add(g.id() + " meeting " + m.parties() + " " + m.kind());
        }
      }
      for (var a : e.agreements()) {
        records++;
        boolean exempt = a.status() == Agreement.Status.REFERENCED;
        if (!exempt && (a.code() == null || a.code().cameo() == null)) {
          uncoded.add(g.id() + " agreement " + a.name() + " " + a.status());
        }
      }
      for (var c : e.commitments()) {
        records++;
        if (c.code() == null || c.code().cameo() == null || c.code().plover() == null) {
          uncoded.add(g.id() + " commitment " + c.action());
        }
      }
    }
    assertThat(records).as("events found on the dev set").isPositive();
    assertThat(uncoded).as("records without a code").isEmpty();
  }
}
