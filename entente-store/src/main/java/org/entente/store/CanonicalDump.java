package org.entente.store;

import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A canonical text dump of a ledger's content: every table's content columns (no timestamps), rows
 * sorted, tables in name order, blobs in hex and integers without their JDBC type, so that a SQLite
 * and a PostgreSQL store holding the same ledger dump the same text. Stateless and thread-safe; the
 * {@link Db} it reads is not.
 */
final class CanonicalDump {

  /** The tables dumped and their columns. */
  private static final Map<String, String> DUMP =
      new LinkedHashMap<>(
          Map.ofEntries(
              Map.entry("documents", "id, source, published, title, text, content_hash, story_id"),
              Map.entry("doc_signatures", "doc_id, signature"),
              Map.entry("actors", "code, name, kind"),
              Map.entry("doc_actors", "doc_id, code, mentions"),
              Map.entry("doc_topics", "doc_id, topic, published"),
              Map.entry("records", LedgerWriter.RECORD_COLUMNS),
              Map.entry("record_parties", "record_id, actor"),
              Map.entry("evidence", "record_id, doc_id, span_start, span_end"),
              Map.entry(
                  "status_events",
                  "record_id, status, on_date, reason, evidence_record_id, confidence, author"),
              Map.entry("persons", "id, name, affiliation, surname, role_count"),
              Map.entry("person_names", "person_id, name"),
              Map.entry("person_roles", "person_id, role, on_date, doc_id"),
              Map.entry("person_evidence", "person_id, doc_id, span_start, span_end"),
              Map.entry("mechanisms", "id, pattern, name, parties"),
              Map.entry("mechanism_records", "mechanism_id, record_id, session_number")));

  private CanonicalDump() {}

  /** The dump of the store behind {@code db}: two stores with equal dumps hold the same ledger. */
  static String of(Db db) {
    StringBuilder sb = new StringBuilder();
    for (String table : new java.util.TreeSet<>(DUMP.keySet())) {
      String cols = DUMP.get(table);
      sb.append("## ").append(table).append('\n');
      List<String> rows =
          db.query(
              "SELECT " + cols + " FROM " + table,
              rs -> {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder r = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                  Object v = rs.getObject(i);
                  if (v instanceof byte[] b) {
                    v = java.util.HexFormat.of().formatHex(b);
                  } else if (v instanceof Number n && !(v instanceof Double)) {
                    v = n.longValue();
                  }
                  r.append(i > 1 ? "\t" : "").append(v);
                }
                return r.toString();
              });
      rows.sort(null);
      for (String r : rows) {
        sb.append(r).append('\n');
      }
    }
    return sb.toString();
  }
}
