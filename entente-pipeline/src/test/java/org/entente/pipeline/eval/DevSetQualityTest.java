package org.entente.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The development-set quality gate: the default pipeline over {@code ../shared/eval/dev}, scored
 * with the reference scorer's rules. Thresholds sit a little under what the pipeline measures
 * today, so that a drop fails the build with the list of missed and spurious records. Skipped when
 * the shared folder is absent.
 */
class DevSetQualityTest {

  private static Path dev;
  private static List<GoldDocument> gold;
  private static Scorer scorer;

  /** Why the tests cannot run (the annotated set is absent), or null. */
  private static String missing;

  @BeforeEach
  void needsTheSet() {
    Assumptions.assumeTrue(missing == null, () -> missing);
  }

  @BeforeAll
  static void run() {
    dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    if (!Files.isDirectory(dev)) {
      missing = "no development set at " + dev;
      return; // each test reports itself skipped, with this reason
    }
    gold = GoldDocument.readDir(dev);
    scorer = Evaluation.run(Entente.pipeline(), gold);
  }

  @Test
  void personsStayAboveGate() {
    assertGate("persons", 0.91);
  }

  @Test
  void meetingsStayAboveGate() {
    assertGate("meetings", 0.90);
  }

  @Test
  void agreementsStayAboveGate() {
    assertGate("agreements", 0.83);
  }

  @Test
  void commitmentsStayAboveGate() {
    assertGate("commitments", 0.70);
  }

  @Test
  void topicsStayAboveGate() {
    assertGate("topics", 0.73);
  }

  @Test
  void macroF1StaysAboveGate() {
    assertThat(scorer.macroF1()).as(scorer.report()).isGreaterThanOrEqualTo(0.81);
  }

  @Test
  void bothSeedsYieldTheirGoldPersons() {
    for (Scorer.DocumentResult d : scorer.documents()) {
      if (d.id().startsWith("seed-")) {
        assertThat(d.missed().get("persons")).as("missed persons in " + d.id()).isEmpty();
        assertThat(d.spurious().get("persons")).as("spurious persons in " + d.id()).isEmpty();
      }
    }
  }

  /** The Java scorer and the reference scorer agree to the digit on the same predictions. */
  @Test
  void javaScorerAgreesWithReferenceScorer() throws IOException, InterruptedException {
    assertThat(ReferenceScorer.report(dev, gold)).isEqualTo(scorer.report().strip());
  }

  private static void assertGate(String category, double f1) {
    Scorer.Figures f = scorer.figures(category);
    assertThat(f.f1())
        .as("%s F1 fell under %.2f:%n%s%n%s", category, f1, scorer.report(), details(category))
        .isGreaterThanOrEqualTo(f1);
  }

  private static String details(String category) {
    StringBuilder sb = new StringBuilder();
    for (String line : Evaluation.details(scorer).split("\n")) {
      if (!line.startsWith(" ") || line.contains(" " + category + " ")) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }
}
