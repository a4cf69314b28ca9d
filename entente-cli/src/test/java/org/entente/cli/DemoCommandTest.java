package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.store.Ledger;
import org.entente.store.Listings;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  static final Path SHARED = Path.of("../../shared");

  @TempDir Path dir;

  @Test
  void theDemoLedgerIsBuiltFromCommuniquesAndDatedSeeds() {
    assumeTrue(Files.isDirectory(SHARED.resolve("eval/communiques")), "../shared absent");
    Path db = dir.resolve("demo.db");
    Cli r = Cli.run("demo", "--home", "..", "--db", db.toString(), "--no-serve");
    assertThat(r.rc()).as(r.err()).isZero();
    assertThat(r.out()).contains("2 seeds", "30 communiqués", "skipped ");
    try (Ledger ledger = Ledger.open(db.toString())) {
      Listings.Totals t = new Listings(ledger).totals();
      assertThat(t.documents()).isBetween(35L, 60L); // no corpus of 1987 market news
      List<Views.LedgerRecord> meetings =
          new Listings(ledger).latest("meeting", LocalDate.of(2026, 12, 4), 8);
      assertThat(meetings).isNotEmpty();
      assertThat(meetings)
          .allSatisfy(m -> assertThat(m.onDate()).isAfterOrEqualTo(LocalDate.of(2020, 1, 1)));
      Views.Dossier d = ledger.queries().dossier("EU", "MAR", LocalDate.of(2026, 1, 15));
      Views.LedgerRecord security =
          d.commitments().values().stream()
              .flatMap(List::stream)
              .filter(c -> c.title().contains("dialogue on security"))
              .findFirst()
              .orElseThrow();
      assertThat(security.due()).isEqualTo("2025-12-31");
      assertThat(security.commitmentStatus()).isEqualTo(CommitmentStatus.OVERDUE);
    }
    // The demo watchlist follows EU–MAR and FRA–MAR; its digest shows the security dialogue.
    Cli digest =
        Cli.run(
            "digest",
            "--db",
            db.toString(),
            "--watch",
            "morocco",
            "--since",
            "2025-12-01",
            "--as-of",
            "2025-12-10");
    assertThat(digest.rc()).as(digest.err()).isZero();
    assertThat(digest.out()).contains("## EU–MAR", "dialogue on security", "end of the year");
  }

  @Test
  void aTakenPortIsSeenAsTaken() throws Exception {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(DemoCommand.free(s.getLocalPort())).isFalse();
    }
    assertThat(DemoCommand.DEFAULT_PORT).isEqualTo(7070);
  }

  @Test
  void aCommuniqueWhoseFirstLineStandsAloneHasItAsTitle() {
    var d =
        DemoInputs.titled(
            new org.entente.model.Document(
                "x", "t", null, null, "Ministers meet in Rabat\n\nRABAT – The ministers met."));
    assertThat(d.title()).isEqualTo("Ministers meet in Rabat");
    assertThat(d.fullText()).isEqualTo("Ministers meet in Rabat\n\nRABAT – The ministers met.");
  }
}
