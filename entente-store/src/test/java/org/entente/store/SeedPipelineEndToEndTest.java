package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Entente;
import org.entente.store.commitments.CommitmentStatus;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The end-to-end check with the real pipeline: the EU–Morocco seed, then the later text
 * reporting the security dialogue as held, marks the dialogue commitment fulfilled; without the
 * later text it is overdue the following January. Skipped until extraction finds a commitment in
 * the seed (and when ../shared is absent).
 */
class SeedPipelineEndToEndTest {

  @TempDir Path dir;

  private static final LocalDate PUBLISHED = LocalDate.of(2025, 4, 17);

  private static Document seed() throws Exception {
    Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
    Path file = shared.resolve("seeds/000_d229c2b0a62b5690.txt");
    Assumptions.assumeTrue(Files.exists(file), "shared seeds not found");
    return new Document(
        "seed-eu-morocco", "seed", PUBLISHED, null, Files.readString(file, StandardCharsets.UTF_8));
  }

  private static Document later() {
    String text = Fixtures.resource("eu-morocco-security-dialogue.txt");
    int cut = text.indexOf("\n\n");
    return new Document(
        "later",
        "test",
        LocalDate.of(2025, 11, 21),
        text.substring(0, cut),
        text.substring(cut + 2));
  }

  private static CommitmentStatus dialogueStatus(Ledger ledger, LocalDate asOf) {
    return ledger
        .queries()
        .commitments(new Queries.CommitmentFilter("MAR", null, null, null, asOf))
        .stream()
        .filter(r -> r.title().toLowerCase(java.util.Locale.ROOT).contains("security"))
        .map(Views.LedgerRecord::commitmentStatus)
        .findFirst()
        .orElse(null);
  }

  @Test
  void laterTextFulfilsAndAbsenceMakesOverdue() throws Exception {
    Extraction x = Entente.extract(seed());
    assertThat(x.commitments()).as("commitments extracted from the seed").isNotEmpty();
    try (Ledger ledger = Ledger.open(dir.resolve("a.db").toString())) {
      ledger.write(x);
      assertThat(dialogueStatus(ledger, LocalDate.of(2026, 1, 15)))
          .isEqualTo(CommitmentStatus.OVERDUE);
    }
    try (Ledger ledger = Ledger.open(dir.resolve("b.db").toString())) {
      ledger.write(List.of(x, Entente.extract(later())));
      assertThat(dialogueStatus(ledger, LocalDate.of(2026, 1, 15)))
          .isEqualTo(CommitmentStatus.FULFILLED);
    }
  }
}
