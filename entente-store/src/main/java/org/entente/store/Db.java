package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A thin layer over one JDBC connection: every value is a bind parameter, never text in the SQL.
 * Not thread-safe; one per thread.
 *
 * <p>Prepared statements are cached by SQL text (ingest runs the same few dozen statements millions
 * of times; preparing each anew was a large part of its cost). A statement that is in use when the
 * same SQL is asked for again (a nested query) is not shared: the nested call prepares and closes
 * its own.
 *
 * <p>Inside a transaction, {@link #updateDeferred} queues an insert whose count nobody reads;
 * queued statements run as JDBC batches (one round trip to PostgreSQL per statement text instead of
 * one a row) before any statement that names one of their tables, and before the commit. A rollback
 * drops them with the rest of the transaction.
 */
public final class Db {

  /** Reads one row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** The most statements kept prepared; the least recently used beyond it are closed. */
  private static final int CACHE_SIZE = 256;

  private final Connection connection;
  private final Dialect dialect;
  private final Map<String, PreparedStatement> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
          if (size() <= CACHE_SIZE) {
            return false;
          }
          if (!inUse.contains(eldest.getValue())) {
            closeQuietly(eldest.getValue()); // one in use is closed on release instead
          }
          return true;
        }
      };
  private final Set<PreparedStatement> inUse =
      java.util.Collections.newSetFromMap(new IdentityHashMap<>());

  /** Queued statements by SQL text, in first-queued order; rows in queued order. */
  private final Map<String, List<Object[]>> deferred = new LinkedHashMap<>();

  /** Tables named by queued statements. */
  private final Set<String> deferredTables = new java.util.HashSet<>();

  /** The words (identifiers) of each SQL text seen while statements were queued. */
  private final Map<String, Set<String>> sqlWords = new java.util.HashMap<>();

  Db(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  public Dialect dialect() {
    return dialect;
  }

  Connection connection() {
    return connection;
  }

  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    flushDeferredFor(sql);
    PreparedStatement ps = null;
    try {
      ps = acquire(sql, false, args);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> out = new ArrayList<>();
        while (rs.next()) {
          out.add(mapper.map(rs));
        }
        return out;
      }
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    } finally {
      release(sql, ps);
    }
  }

  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
    List<T> all = query(sql, mapper, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public int update(String sql, Object... args) {
    flushDeferredFor(sql);
    PreparedStatement ps = null;
    try {
      ps = acquire(sql, false, args);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    } finally {
      release(sql, ps);
    }
  }

  /** Runs an INSERT into a table whose first column is a generated {@code id}; returns it. */
  public long insert(String sql, Object... args) {
    flushDeferredFor(sql);
    PreparedStatement ps = null;
    try {
      ps = acquire(sql, true, args);
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        if (!rs.next()) {
          throw new StoreException(sql, new SQLException("no generated key"));
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    } finally {
      release(sql, ps);
    }
  }

  public void execute(String sql) {
    flushDeferredFor(sql);
    try (Statement st = connection.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  /** Runs {@code work} in one transaction: all or nothing. */
  public <T> T inTransaction(java.util.function.Supplier<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.get();
        flushDeferred();
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
        dropDeferred();
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction", e);
    }
  }

  public void inTransaction(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * Runs {@code sql} (an {@code INSERT INTO table …} whose update count is not needed) later in the
   * current transaction, batched with the other rows of the same SQL; outside a transaction, now.
   */
  public void updateDeferred(String sql, Object... args) {
    try {
      if (connection.getAutoCommit()) {
        update(sql, args);
        return;
      }
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
    List<Object[]> rows = deferred.get(sql);
    if (rows == null) {
      rows = new ArrayList<>();
      deferred.put(sql, rows);
      deferredTables.add(insertTable(sql));
    }
    rows.add(args.clone());
  }

  /** Runs {@code sql} once per row now, as one JDBC batch (update counts are not returned). */
  public void batch(String sql, List<Object[]> rows) {
    flushDeferredFor(sql);
    PreparedStatement ps = null;
    try {
      ps = acquire(sql, false);
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      clearQuietly(ps);
      throw new StoreException(sql, e);
    } finally {
      release(sql, ps);
    }
  }

  /** Runs every queued statement now, in JDBC batches. */
  public void flushDeferred() {
    if (deferred.isEmpty()) {
      return;
    }
    List<Map.Entry<String, List<Object[]>>> all = new ArrayList<>(deferred.entrySet());
    deferred.clear();
    deferredTables.clear();
    sqlWords.clear();
    for (Map.Entry<String, List<Object[]>> e : all) {
      String sql = e.getKey();
      PreparedStatement ps = null;
      try {
        ps = acquire(sql, false);
        int n = 0;
        for (Object[] row : e.getValue()) {
          bind(ps, row);
          ps.addBatch();
          if (++n % 1000 == 0) {
            ps.executeBatch();
          }
        }
        ps.executeBatch();
      } catch (SQLException ex) {
        dropDeferred();
        clearQuietly(ps);
        throw new StoreException(sql, ex);
      } finally {
        release(sql, ps);
      }
    }
  }

  private void dropDeferred() {
    deferred.clear();
    deferredTables.clear();
    sqlWords.clear();
  }

  private void flushDeferredFor(String sql) {
    if (!deferred.isEmpty() && !deferred.containsKey(sql)) {
      Set<String> words = sqlWords.computeIfAbsent(sql, Db::words);
      for (String t : deferredTables) {
        if (words.contains(t)) {
          flushDeferred();
          return;
        }
      }
    } else if (deferred.containsKey(sql)) {
      flushDeferred();
    }
  }

  private static Set<String> words(String sql) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : sql.toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9_]+")) {
      out.add(w);
    }
    return out;
  }

  private static String insertTable(String sql) {
    String[] w = sql.trim().toLowerCase(java.util.Locale.ROOT).split("[^a-z0-9_]+", 4);
    if (w.length < 3 || !w[0].equals("insert") || !w[1].equals("into")) {
      throw new IllegalArgumentException("not an INSERT INTO statement: " + sql);
    }
    return w[2];
  }

  /** Closes every cached statement; the connection stays open. */
  void closeStatements() {
    for (PreparedStatement ps : cache.values()) {
      closeQuietly(ps);
    }
    cache.clear();
  }

  /** A prepared statement for {@code sql} with {@code args} bound: cached unless in use. */
  private PreparedStatement acquire(String sql, boolean keys, Object... args) throws SQLException {
    String key = keys ? "K" + sql : "Q" + sql;
    PreparedStatement ps = cache.get(key);
    if (ps == null || inUse.contains(ps)) {
      boolean shared = ps == null;
      ps =
          keys
              ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
              : connection.prepareStatement(sql);
      if (shared) {
        cache.put(key, ps);
      }
    }
    inUse.add(ps);
    try {
      bind(ps, args);
    } catch (SQLException | RuntimeException e) {
      release(sql, ps);
      throw e;
    }
    return ps;
  }

  /** Returns a statement from {@link #acquire}: kept when cached, else closed. */
  private void release(String sql, PreparedStatement ps) {
    if (ps == null) {
      return;
    }
    inUse.remove(ps);
    if (cache.get("K" + sql) != ps && cache.get("Q" + sql) != ps) {
      closeQuietly(ps);
    }
  }

  private static void clearQuietly(PreparedStatement ps) {
    try {
      if (ps != null) {
        ps.clearBatch();
      }
    } catch (SQLException e) {
      // the transaction fails anyway; the statement is reused only after its rollback
    }
  }

  private static void closeQuietly(PreparedStatement ps) {
    try {
      ps.close();
    } catch (SQLException e) {
      // closing a statement that failed: nothing to do
    }
  }

  private static void bind(PreparedStatement ps, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      if (a == null) {
        ps.setNull(i + 1, Types.NULL);
      } else if (a instanceof byte[] b) {
        ps.setBytes(i + 1, b);
      } else if (a instanceof Enum<?> en) {
        ps.setString(i + 1, en.name());
      } else {
        ps.setObject(i + 1, a);
      }
    }
  }

  /** Reads a nullable long column. */
  public static Long getLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
