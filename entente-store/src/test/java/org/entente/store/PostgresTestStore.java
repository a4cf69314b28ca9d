package org.entente.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real PostgreSQL server the store suites run on, at {@code $ENTENTE_TEST_PG_URL} ({@code
 * .ci/postgres.sh} starts one and prints the line that sets it). As an extension
 * ({@code @ExtendWith(PostgresTestStore.class)}) it skips a test class, saying why, when the
 * variable is unset; {@link #emptied()} gives the server's address with an empty schema. Tests on
 * it run one at a time (they share the schema).
 */
public final class PostgresTestStore implements ExecutionCondition {

  /** The environment variable holding the JDBC address of the test database. */
  public static final String ENV = "ENTENTE_TEST_PG_URL";

  /** The test database's JDBC address, or null when none is set. */
  public static String url() {
    String url = System.getenv(ENV);
    return url == null || url.isBlank() ? null : url;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return url() != null
        ? ConditionEvaluationResult.enabled("PostgreSQL at $" + ENV)
        : ConditionEvaluationResult.disabled(
            ENV + " is not set: eval \"$(.ci/postgres.sh)\" starts a server and sets it");
  }

  /**
   * The test database's address after emptying its schema ({@code public} dropped and created
   * again), so that a ledger opened on it starts from no table at all.
   *
   * @throws IllegalStateException when {@link #ENV} is unset (the extension skips before that)
   */
  public static String emptied() throws SQLException {
    String url = url();
    if (url == null) {
      throw new IllegalStateException(ENV + " is not set");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS public CASCADE");
      st.execute("CREATE SCHEMA public");
    }
    return url;
  }
}
