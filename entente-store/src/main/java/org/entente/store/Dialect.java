package org.entente.store;

import java.util.Locale;

/** The two databases a ledger can live in; the few places where their SQL differs. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** The migration folder under {@code db/migration/}. */
  public String folder() {
    return folder;
  }

  /**
   * The dialect of a store address: {@code jdbc:postgresql:…} is PostgreSQL, {@code jdbc:sqlite:…}
   * or a plain file path is SQLite.
   *
   * @throws IllegalArgumentException for any other JDBC URL
   */
  public static Dialect of(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (u.startsWith("jdbc:postgresql:")) {
      return POSTGRESQL;
    }
    if (u.startsWith("jdbc:sqlite:") || !u.startsWith("jdbc:")) {
      return SQLITE;
    }
    throw new IllegalArgumentException(
        "unsupported store " + url + " (use a file path or jdbc:postgresql://host/db)");
  }

  /**
   * The JDBC URL for a store address ({@code entente.db} becomes {@code jdbc:sqlite:entente.db}).
   */
  public static String jdbcUrl(String url) {
    return url.toLowerCase(Locale.ROOT).startsWith("jdbc:") ? url : "jdbc:sqlite:" + url;
  }

  /**
   * A full-text query returning {@code id, title, published, language, score} of matching
   * documents, best first; one bind parameter for the query words, one for the limit.
   */
  String searchSql() {
    return switch (this) {
      case SQLITE ->
          "SELECT d.id, d.title, SUBSTR(d.text, 1, 200) AS lead, d.published, d.language,"
              + " bm25(documents_fts) AS score,"
              + " snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet"
              + " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
              + " WHERE documents_fts MATCH ? ORDER BY score LIMIT ?";
      case POSTGRESQL ->
          "SELECT d.id, d.title, SUBSTR(d.text, 1, 200) AS lead, d.published, d.language,"
              + " -ts_rank(d.tsv, q) AS score,"
              + " ts_headline('english', d.text, q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8')"
              + " AS snippet FROM documents d, websearch_to_tsquery('english', ?) q"
              + " WHERE d.tsv @@ q ORDER BY score LIMIT ?";
    };
  }
}
