package org.entente.store.brief;

import org.entente.store.PostgresTestStore;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The log of briefs on a real PostgreSQL server ({@link PostgresTestStore}); skipped, saying why,
 * without one. Starts from an empty schema.
 */
@ExtendWith(PostgresTestStore.class)
class PostgresBriefLogTest extends BriefLogContract {

  @Override
  protected String freshStore() throws Exception {
    return PostgresTestStore.emptied();
  }
}
