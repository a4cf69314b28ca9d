package org.entente.cli;

import java.time.LocalDate;
import org.entente.store.Ledger;
import org.entente.store.MissingLedgerException;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Options every ledger command shares: where the store is, the "as of" day, JSON output. */
public final class StoreOptions {

  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec mixee;

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

  /**
   * Opens an existing ledger: read commands never create one. A missing file is a usage error (exit
   * 2) that names the path.
   */
  Ledger open() {
    try {
      return Ledger.openExisting(db);
    } catch (MissingLedgerException e) {
      throw new CommandLine.ParameterException(mixee.commandLine(), e.getMessage());
    }
  }

  /** Opens the ledger, creating it when it does not exist yet (for {@code ingest}). */
  Ledger openOrCreate() {
    return Ledger.open(db);
  }

  LocalDate asOf() {
    return asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
  }
}
