package org.entente.store.brief;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The log of briefs on a real SQLite file. */
class SqliteBriefLogTest extends BriefLogContract {

  @TempDir Path dir;

  @Override
  protected String freshStore() {
    return dir.resolve("briefs.db").toString();
  }
}
