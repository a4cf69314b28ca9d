package org.entente.cli;

import java.time.LocalDate;
import org.entente.store.Ledger;
import picocli.CommandLine.Option;

/** Options every ledger command shares: where the store is, the "as of" day, JSON output. */
public final class StoreOptions {

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description = "SQLite file or jdbc:postgresql://… URL (default: ${DEFAULT-VALUE})",
      defaultValue = "entente.db")
  String db;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Answer as of this day (default: today)")
  LocalDate asOf;

  @Option(names = "--json", description = "Write JSON instead of text")
  boolean json;

  Ledger open() {
    return Ledger.open(db);
  }

  LocalDate asOf() {
    return asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
  }
}
