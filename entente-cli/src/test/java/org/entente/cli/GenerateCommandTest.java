package org.entente.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code entente generate}: reproducible output, and a small generated ledger that has content. */
class GenerateCommandTest {

  @TempDir Path dir;

  @Test
  void sameSeedSameBytesOtherSeedOtherBytes() throws Exception {
    Path a = dir.resolve("a.jsonl");
    Path b = dir.resolve("b.jsonl");
    Path c = dir.resolve("c.jsonl");
    assertEquals(0, Cli.run("generate", "-n", "150", "-s", "5", "-o", a.toString()).rc());
    assertEquals(0, Cli.run("generate", "-n", "150", "-s", "5", "-o", b.toString()).rc());
    assertEquals(0, Cli.run("generate", "-n", "150", "-s", "6", "-o", c.toString()).rc());
    assertEquals(150, Files.readAllLines(a).size());
    assertEquals(Files.readString(a), Files.readString(b));
    assertNotEquals(Files.readString(a), Files.readString(c));
  }

  @Test
  void generatedLedgerHasMeetingsAgreementsCommitmentsAndRewrites() throws Exception {
    Path corpus = dir.resolve("g.jsonl.gz");
    Path db = dir.resolve("g.db");
    assertEquals(0, Cli.run("generate", "-n", "400", "-s", "3", "-o", corpus.toString()).rc());
    Cli ingest = Cli.run("ingest", "--no-progress", "--db", db.toString(), corpus.toString());
    assertEquals(0, ingest.rc(), ingest.err());
    assertTrue(ingest.out().contains("added 400"), ingest.out());
    try (Ledger ledger = Ledger.openExisting(db.toString())) {
      Map<String, Integer> types = new HashMap<>();
      for (Views.LedgerRecord r : ledger.queries().allRecords(LocalDate.of(2030, 1, 1))) {
        types.merge(r.type(), 1, Integer::sum);
      }
      for (String t : new String[] {"meeting", "agreement", "commitment"}) {
        assertTrue(types.keySet().stream().anyMatch(k -> k.equalsIgnoreCase(t)), types.toString());
      }
      long stories =
          ledger
              .db()
              .one("SELECT COUNT(DISTINCT story_id) FROM documents", rs -> rs.getLong(1))
              .orElseThrow();
      assertTrue(stories < 400, "rewrites should share stories, got " + stories);
      Views.Dossier d =
          ledger
              .queries()
              .dossier("USA", "RUS", LocalDate.of(2030, 1, 1), Queries.DOSSIER_OFFICIALS);
      assertTrue(d != null);
    }
  }
}
