package org.entente.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A thin layer over one JDBC connection: every value is a bind parameter, never text in the SQL.
 * Not thread-safe; one per thread.
 */
public final class Db {

  /** Reads one row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final Connection connection;
  private final Dialect dialect;

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
    try (PreparedStatement ps = prepare(sql, false, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
    List<T> all = query(sql, mapper, args);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public int update(String sql, Object... args) {
    try (PreparedStatement ps = prepare(sql, false, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  /** Runs an INSERT into a table whose first column is a generated {@code id}; returns it. */
  public long insert(String sql, Object... args) {
    try (PreparedStatement ps = prepare(sql, true, args)) {
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        if (!rs.next()) {
          throw new StoreException(sql, new SQLException("no generated key"));
        }
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  public void execute(String sql) {
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
        connection.commit();
        return result;
      } catch (RuntimeException | Error e) {
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

  private PreparedStatement prepare(String sql, boolean keys, Object... args) throws SQLException {
    PreparedStatement ps =
        keys
            ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
            : connection.prepareStatement(sql);
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
    return ps;
  }

  /** Reads a nullable long column. */
  public static Long getLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }
}
