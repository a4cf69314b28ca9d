package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.store.Ledger;
import org.entente.store.watch.Watchlist;
import org.entente.store.watch.Watchlists;

/**
 * A real SQLite ledger in a temporary folder, filled once per test JVM through the real pipeline
 * from the texts in test resources and the bundled examples.
 */
final class TestLedger {

  private static Path db;

  private TestLedger() {}

  /**
   * Commitments and an agreement between EU and MAR added by hand (as a curator would from the test
   * texts), so that the commitment board has every column whatever the extractors find.
   */
  private static void curate(Ledger ledger) {
    var c = ledger.curation();
    List<String> both = List.of("EU", "MAR");
    LocalDate nov = LocalDate.of(2025, 11, 10);
    c.add(
        "agreement",
        both,
        "Memorandum of Understanding on Renewable Energy Cooperation",
        nov,
        null,
        null,
        null,
        "fixture");
    c.add(
        "commitment",
        both,
        "launch a dialogue on migration",
        nov,
        PartialDate.parse("2026-03-15"),
        Deadline.Kind.EXACT,
        "by 15 March 2026",
        "fixture");
    c.add(
        "commitment",
        both,
        "open a green hydrogen research centre",
        nov,
        PartialDate.parse("2027"),
        Deadline.Kind.LATEST,
        "before the end of 2027",
        "fixture");
    c.add(
        "commitment",
        both,
        "hold talks on fisheries",
        nov,
        null,
        Deadline.Kind.VAGUE,
        "soon",
        "fixture");
    long next =
        c.add(
            "commitment",
            both,
            "hold the next session of the Association Council",
            LocalDate.of(2026, 2, 20),
            PartialDate.parse("2026"),
            Deadline.Kind.LATEST,
            "in 2026",
            "fixture");
    c.markFulfilled(next, null, LocalDate.of(2026, 6, 1), "the session was held", "fixture");
    watchlists(ledger);
  }

  /** The watchlists of the fixture: EU–MAR and FRA–MAR as in the demo, FRA–DEU for hostile text. */
  private static void watchlists(Ledger ledger) {
    Watchlists w = new Watchlists(ledger);
    w.add(
        new Watchlist(
            "morocco",
            List.of(),
            List.of(Watchlist.Pair.parse("EU/MAR"), Watchlist.Pair.parse("FRA/MAR")),
            List.of(),
            Set.of(),
            30));
    w.add(
        new Watchlist(
            "franco-german",
            List.of(),
            List.of(Watchlist.Pair.parse("FRA/DEU")),
            List.of(),
            Set.of(),
            30));
  }

  static synchronized Path db() {
    if (db == null) {
      try {
        Path dir = Files.createTempDirectory("entente-server-test");
        Path file = dir.resolve("ledger.db");
        List<Path> inputs = new ArrayList<>();
        Path module =
            Files.isDirectory(Path.of("src/test/resources"))
                ? Path.of(".")
                : Path.of("entente-server");
        inputs.add(module.resolve("src/test/resources/texts"));
        Path examples = module.resolve("../examples/texts");
        if (Files.isDirectory(examples)) {
          inputs.add(examples);
        }
        try (Ledger ledger = Ledger.open(file.toString())) {
          ledger.ingest(
              DocumentSource.read(inputs, ReadOptions.defaults()),
              Entente.pipeline(),
              Ledger.IngestOptions.defaults(),
              (r, d) -> {});
          curate(ledger);
        }
        db = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return db;
  }

  /**
   * A copy of the test ledger in a folder of its own, for tests that write what others read (a
   * logged brief changes the next brief of its pair).
   */
  static Path copy() {
    try {
      Path src = db();
      Path dir = Files.createTempDirectory("entente-server-copy");
      for (String suffix : List.of("", "-wal", "-shm")) {
        Path f = src.resolveSibling(src.getFileName() + suffix);
        if (Files.exists(f)) {
          Files.copy(f, dir.resolve("ledger.db" + suffix));
        }
      }
      return dir.resolve("ledger.db");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
