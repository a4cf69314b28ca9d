package org.entente.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * {@link PagingContract} on a real PostgreSQL server at {@code $ENTENTE_TEST_PG_URL} (see {@code
 * .ci/postgres.sh}); skipped when the variable is unset.
 */
class PostgresPagingTest extends PagingContract {

  @Override
  protected String freshStore() throws Exception {
    String url = System.getenv("ENTENTE_TEST_PG_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "ENTENTE_TEST_PG_URL is not set");
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS public CASCADE");
      st.execute("CREATE SCHEMA public");
    }
    return url;
  }
}
