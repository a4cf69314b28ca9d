package org.entente.pipeline.repair;

import org.entente.model.Diagnostic;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * The first stage: repairs mojibake and control characters in the original text ({@link
 * MojibakeRepair}) and installs the repaired text with its offset map. Immutable and thread-safe.
 */
public final class RepairStage implements Stage {

  private final MojibakeRepair repair = new MojibakeRepair();

  @Override
  public void process(Analysis analysis) {
    RepairedText repaired = repair.repair(analysis.original());
    if (repaired.isIdentity()) {
      return;
    }
    analysis.setRepaired(repaired);
    long mojibake =
        repaired.edits().stream().filter(e -> e.kind() != TextEdit.Kind.CONTROL).count();
    long controls = repaired.edits().size() - mojibake;
    if (mojibake > 0) {
      analysis.diagnose(
          new Diagnostic(
              Diagnostic.Severity.INFO, "repaired " + mojibake + " mojibake sequences", null));
    }
    if (controls > 0) {
      analysis.diagnose(
          new Diagnostic(
              Diagnostic.Severity.INFO,
              "replaced " + controls + " control characters with spaces",
              null));
    }
  }
}
