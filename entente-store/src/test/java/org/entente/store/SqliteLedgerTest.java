package org.entente.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store suite on a real SQLite file. */
class SqliteLedgerTest extends LedgerContract {

  @TempDir Path dir;

  @Override
  protected String freshStore() {
    return dir.resolve("ledger-" + (++stores) + ".db").toString();
  }

  private int stores;
}
