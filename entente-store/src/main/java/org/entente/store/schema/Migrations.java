package org.entente.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tiny versioned-migration runner (Flyway's naming, none of its SQLite caveats): the scripts
 * {@code db/migration/<dialect>/V<n>__<what>.sql} listed in {@code db/migration/<dialect>/index}
 * run once each, in version order, each in its own transaction, recorded in {@code schema_version}.
 * Statements in a script are separated by a line holding only {@code ;;}, so that trigger bodies
 * may hold semicolons.
 */
public final class Migrations {

  private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

  /** One script. */
  public record Migration(int version, String description, String resource) {}

  private Migrations() {}

  /** The scripts for a dialect folder, in version order; fails on a malformed index. */
  public static List<Migration> list(String folder) {
    String base = "/db/migration/" + folder + "/";
    String index = read(base + "index");
    List<Migration> out = new ArrayList<>();
    int line = 0;
    for (String name : index.split("\n", -1)) {
      line++;
      name = name.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException(
            base + "index line " + line + ": not a migration name: " + name);
      }
      int v = Integer.parseInt(m.group(1));
      if (!out.isEmpty() && out.get(out.size() - 1).version() >= v) {
        throw new IllegalStateException(base + "index line " + line + ": versions must increase");
      }
      out.add(new Migration(v, m.group(2), base + name));
    }
    return out;
  }

  /** How many migrations the store behind {@code c} has yet to run (creating no table). */
  public static int pending(Connection c, String folder) throws SQLException {
    int current = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      if (rs.next()) {
        current = rs.getInt(1);
      }
    } catch (SQLException e) {
      // no schema_version table (in the current schema) yet: a fresh store
      if (!c.getAutoCommit()) {
        throw e;
      }
    }
    int n = 0;
    for (Migration m : list(folder)) {
      if (m.version() > current) {
        n++;
      }
    }
    return n;
  }

  /**
   * Applies every pending migration; returns how many ran. Callers running several processes
   * serialise it (the ledger takes its writer lock); it re-reads the version it starts from.
   */
  public static int migrate(Connection c, String folder) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
              + " description TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    int current = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      if (rs.next()) {
        current = rs.getInt(1);
      }
    }
    int ran = 0;
    for (Migration m : list(folder)) {
      if (m.version() <= current) {
        continue;
      }
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        for (String sql : read(m.resource()).split("\n;;\n")) {
          if (!sql.isBlank()) {
            try (Statement st = c.createStatement()) {
              st.execute(sql);
            }
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)")) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.setString(3, Instant.now().toString());
          ps.executeUpdate();
        }
        c.commit();
        ran++;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw new SQLException("migration " + m.resource() + " failed: " + e.getMessage(), e);
      } finally {
        c.setAutoCommit(auto);
      }
    }
    return ran;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
