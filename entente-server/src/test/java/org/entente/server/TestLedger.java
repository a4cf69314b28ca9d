package org.entente.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.pipeline.Entente;
import org.entente.store.Ledger;
import org.entente.store.ingest.DocumentInput;

/**
 * A real SQLite ledger in a temporary folder, filled once per test JVM through the real pipeline
 * from the texts in test resources and the bundled examples.
 */
final class TestLedger {

  private static Path db;

  private TestLedger() {}

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
              DocumentInput.of(inputs),
              Entente.pipeline(),
              Ledger.IngestOptions.defaults(),
              (r, d) -> {});
        }
        db = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return db;
  }
}
