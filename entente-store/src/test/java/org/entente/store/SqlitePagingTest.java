package org.entente.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link PagingContract} on a real SQLite file. */
class SqlitePagingTest extends PagingContract {

  @TempDir Path dir;

  @Override
  protected String freshStore() {
    return dir.resolve("paging.db").toString();
  }
}
