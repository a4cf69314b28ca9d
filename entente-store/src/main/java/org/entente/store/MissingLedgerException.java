package org.entente.store;

import java.nio.file.Path;

/** A read command pointed at a ledger file that does not exist (it is never created for it). */
public final class MissingLedgerException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public MissingLedgerException(Path file) {
    super(
        "no ledger at "
            + file
            + " (create one with `entente ingest PATH --db "
            + file
            + "`, or give the right --db)");
    this.file = file;
  }

  /** The file that was looked for. */
  public Path file() {
    return file;
  }
}
