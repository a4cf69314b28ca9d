package org.entente.store;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store suite on a real PostgreSQL server ({@link PostgresTestStore}); skipped, saying why,
 * without one. Each test starts from an empty schema.
 */
@ExtendWith(PostgresTestStore.class)
class PostgresLedgerTest extends LedgerContract {

  @Override
  protected String freshStore() throws Exception {
    return PostgresTestStore.emptied();
  }
}
