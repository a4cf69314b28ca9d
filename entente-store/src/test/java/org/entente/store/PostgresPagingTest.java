package org.entente.store;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link PagingContract} on a real PostgreSQL server ({@link PostgresTestStore}); skipped, saying
 * why, without one.
 */
@ExtendWith(PostgresTestStore.class)
class PostgresPagingTest extends PagingContract {

  @Override
  protected String freshStore() throws Exception {
    return PostgresTestStore.emptied();
  }
}
