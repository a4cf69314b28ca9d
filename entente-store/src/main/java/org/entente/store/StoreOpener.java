package org.entente.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.entente.store.schema.Migrations;

/**
 * Opens the store behind an address (a SQLite path or a JDBC URL): connects with the settings each
 * database wants, and migrates the schema when it is behind, under the {@link WriterLock} so that
 * two processes opening a fresh file migrate it one after the other. Stateless and thread-safe.
 */
final class StoreOpener {

  private StoreOpener() {}

  /**
   * Connects to the store at {@code url}, creating and migrating it when needed.
   *
   * @throws IllegalArgumentException when {@code url} names neither SQLite nor PostgreSQL
   * @throws StoreException when the store cannot be opened or migrated
   */
  static Db open(String url) {
    Dialect dialect = Dialect.of(url);
    try {
      Properties props = new Properties();
      if (dialect == Dialect.SQLITE) {
        SqliteNativeLibrary.prepare();
        // Write transactions take SQLite's write lock when they begin, where busy_timeout waits
        // for it; a deferred one upgrading mid-way would fail at once with SQLITE_BUSY.
        props.setProperty("transaction_mode", "IMMEDIATE");
        props.setProperty("busy_timeout", "60000");
      } else {
        // Batched inserts (see Db#updateDeferred) as multi-row INSERTs: fewer statements to run.
        props.setProperty("reWriteBatchedInserts", "true");
      }
      Connection c = DriverManager.getConnection(Dialect.jdbcUrl(url), props);
      try {
        return prepare(new Db(c, dialect), url);
      } catch (SQLException | RuntimeException e) {
        try {
          c.close();
        } catch (SQLException closing) {
          e.addSuppressed(closing);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + url, e);
    }
  }

  /** Sets the connection up and migrates the schema when it is behind. */
  private static Db prepare(Db db, String url) throws SQLException {
    Dialect dialect = db.dialect();
    Connection c = db.connection();
    if (dialect == Dialect.SQLITE) {
      db.execute("PRAGMA busy_timeout=60000");
      db.execute("PRAGMA journal_mode=WAL");
      db.execute("PRAGMA synchronous=NORMAL");
      db.execute("PRAGMA cache_size=-65536");
      // Temporary b-trees and statement journals (the V9 listing-key triggers' nested statements
      // inside a batch) in memory, not in temporary files: about 5-14 % less ingest CPU, measured
      // in bench/results/ingest-sqlite-pragmas.txt.
      db.execute("PRAGMA temp_store=MEMORY");
    }
    if (Migrations.pending(c, dialect.folder()) > 0) {
      // Two processes opening a fresh file migrate one after the other; the second finds
      // nothing left to do.
      try (WriterLock lock = WriterLock.acquire(db, sqliteFile(url), who -> {})) {
        Migrations.migrate(c, dialect.folder());
      }
    }
    return db;
  }

  /** The SQLite file of a store address, or null for PostgreSQL and in-memory databases. */
  static Path sqliteFile(String url) {
    if (Dialect.of(url) != Dialect.SQLITE) {
      return null;
    }
    String path = Dialect.jdbcUrl(url).substring("jdbc:sqlite:".length());
    int q = path.indexOf('?');
    path = q >= 0 ? path.substring(0, q) : path;
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    return path.isEmpty() || path.startsWith(":memory:") ? null : Path.of(path);
  }
}
