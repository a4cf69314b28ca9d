package org.entente.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.model.Diagnostic;
import org.entente.model.Document;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.junit.jupiter.api.Test;

class RepairStageTest {

  private final RepairStage stage = new RepairStage();

  @Test
  void installsRepairedTextAndReportsIt() {
    Document doc =
        new Document(
            "d1", null, null, "CommuniquĆ©", "The Unionās partners signed the communiquƩ.");
    Analysis a = new Analysis(doc);
    stage.process(a);
    assertThat(a.text()).isEqualTo("Communiqué\n\nThe Union’s partners signed the communiqué.");
    assertThat(a.diagnostics())
        .extracting(Diagnostic::message)
        .containsExactly("repaired 3 mojibake sequences");
    int at = a.text().indexOf("communiqué");
    Span original = a.toOriginal(new Span(at, at + "communiqué".length()));
    assertThat(a.original().substring(original.start(), original.end())).isEqualTo("communiquƩ");
    int partners = a.text().indexOf("partners");
    Span p = a.toOriginal(new Span(partners, partners + 8));
    assertThat(a.original().substring(p.start(), p.end())).isEqualTo("partners");
  }

  @Test
  void leavesCorrectTextAlone() {
    Analysis a = new Analysis(new Document("d2", null, null, null, "Rīga and Vilnius agreed."));
    stage.process(a);
    assertThat(a.repaired().isIdentity()).isTrue();
    assertThat(a.diagnostics()).isEmpty();
  }
}
