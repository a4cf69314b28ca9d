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

  /** A text column as its UTF-8 bytes, read without decoding it into a string. */
  String utf8Bytes(String column) {
    return switch (this) {
      case SQLITE -> "CAST(" + column + " AS BLOB)";
      case POSTGRESQL -> "convert_to(" + column + ", 'UTF8')";
    };
  }

  /**
   * Where documents are listed from without their text: on SQLite the index that holds the listing
   * ({@code V7__document_listing.sql}; the planner would otherwise read the table's rows, text and
   * all), on PostgreSQL the table, whose long texts are stored apart.
   */
  String documentListing() {
    return switch (this) {
      case SQLITE -> "documents INDEXED BY documents_listing";
      case POSTGRESQL -> "documents";
    };
  }

  /**
   * A full-text query returning {@code id, title, published, language, score} of matching
   * documents, best first; bind parameters: the query words, the most matches ranked, the limit.
   * Only the matching documents added last (ingest order), that many, are ranked: a query matching
   * more (the names of a busy pair) costs that many scores, not one per match; one matching fewer
   * is ranked whole.
   */
  String searchSql() {
    return switch (this) {
      // The hits are ranked from the index alone (bm25 of each candidate, no text read); only the
      // hits kept are read from documents and get a snippet (FTS5 finds each by its rowid). FTS5
      // walks the matches by rowid, latest first, and stops after the candidates.
      case SQLITE ->
          "SELECT d.id, d.title, SUBSTR(d.text, 1, 200) AS lead, d.published, d.language,"
              + " t.score AS score,"
              + " snippet(documents_fts, 1, '[', ']', '…', 12) AS snippet"
              + " FROM (SELECT id, score FROM (SELECT rowid AS id, bm25(documents_fts) AS score"
              + " FROM documents_fts WHERE documents_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2)"
              + " ORDER BY score, id LIMIT ?3) t"
              + " CROSS JOIN documents_fts CROSS JOIN documents d"
              + " WHERE documents_fts MATCH ?1 AND documents_fts.rowid = t.id AND d.rowid = t.id"
              + " ORDER BY t.score, t.id";
      case POSTGRESQL ->
          "WITH q AS (SELECT websearch_to_tsquery('english', ?) AS q),"
              + " c AS (SELECT documents.id FROM documents, q WHERE tsv @@ q.q"
              + " ORDER BY ingested_at DESC, documents.id DESC LIMIT ?)"
              + " SELECT d.id, d.title, SUBSTR(d.text, 1, 200) AS lead, d.published, d.language,"
              + " -ts_rank(d.tsv, q.q) AS score,"
              + " ts_headline('english', d.text, q.q, 'StartSel=[,StopSel=],MaxWords=24,MinWords=8')"
              + " AS snippet FROM c JOIN documents d ON d.id = c.id CROSS JOIN q"
              + " ORDER BY score, d.id LIMIT ?";
    };
  }
}
