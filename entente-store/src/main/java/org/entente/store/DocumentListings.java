package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents and stories of {@link Listings}: pages of documents by filter, one document with
 * its actors, topics, the records and persons evidenced in it (spans into its full text) and the
 * rest of its story, pages of stories. Not thread-safe (shares the ledger's connection).
 */
final class DocumentListings {

  private final Db db;

  DocumentListings(Ledger ledger) {
    this.db = ledger.db();
  }

  Listings.Page<Listings.DocumentSummary> documents(
      Listings.DocumentFilter f, int limit, int offset) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    if (f.actor() != null) {
      where.append(" AND id IN (SELECT doc_id FROM doc_actors WHERE code = ?)");
      args.add(f.actor());
    }
    if (f.topic() != null) {
      where.append(" AND id IN (SELECT doc_id FROM doc_topics WHERE topic = ?)");
      args.add(f.topic());
    }
    if (f.story() != null) {
      where.append(" AND story_id = ?");
      args.add(f.story());
    }
    if (f.from() != null) {
      where.append(" AND published >= ?");
      args.add(f.from().toString());
    }
    if (f.to() != null) {
      where.append(" AND published <= ?");
      args.add(f.to().toString());
    }
    if (f.language() != null) {
      where.append(" AND language = ?");
      args.add(f.language());
    }
    long total = Listings.count(db, "SELECT COUNT(*) FROM documents" + where, args);
    List<Object> paged = new ArrayList<>(args);
    paged.add(limit);
    paged.add(offset);
    List<Listings.DocumentSummary> items =
        db.query(
            "SELECT id, source, published, title, SUBSTR(text, 1, 200) AS lead, story_id, language FROM documents"
                + where
                + " ORDER BY (published IS NULL), published DESC, id LIMIT ? OFFSET ?",
            Listings::summary,
            paged.toArray());
    return new Listings.Page<>(items, total, limit, offset);
  }

  Optional<Listings.DocumentDetail> document(String id) {
    Optional<Object[]> row =
        db.one(
            "SELECT id, source, published, title, text, story_id, language FROM documents WHERE id = ?",
            rs ->
                new Object[] {
                  rs.getString(1),
                  rs.getString(2),
                  StoredDays.date(rs, "published"),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)
                },
            id);
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Object[] d = row.get();
    String title = (String) d[3];
    String text = (String) d[4];
    String full = title == null || title.isBlank() ? text : title + "\n\n" + text;
    List<Listings.Named> actors =
        db.query(
            "SELECT da.code, COALESCE(a.name, da.code), a.kind, da.mentions FROM doc_actors da"
                + " LEFT JOIN actors a ON a.code = da.code WHERE da.doc_id = ?"
                + " ORDER BY da.mentions DESC, da.code",
            rs ->
                new Listings.Named(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
            id);
    List<String> topics =
        db.query(
            "SELECT topic FROM doc_topics WHERE doc_id = ? ORDER BY topic",
            rs -> rs.getString(1),
            id);
    Map<Long, Listings.Marked> records = new LinkedHashMap<>();
    db.query(
        "SELECT r.id, r.type, r.title, r.parties, e.span_start, e.span_end FROM evidence e"
            + " JOIN records r ON r.id = e.record_id WHERE e.doc_id = ?"
            + " AND (r.review IS NULL OR r.review <> 'rejected')"
            + " ORDER BY e.span_start, e.span_end, r.id",
        rs -> {
          String p = rs.getString(4);
          records
              .computeIfAbsent(
                  rs.getLong(1),
                  k -> {
                    try {
                      return new Listings.Marked(
                          k,
                          rs.getString(2),
                          rs.getString(3),
                          p == null || p.isEmpty() ? List.of() : List.of(p.split(",")),
                          new ArrayList<>());
                    } catch (java.sql.SQLException e) {
                      throw new StoreException("evidence", e);
                    }
                  })
              .spans()
              .add(evidence(full, rs.getInt(5), rs.getInt(6)));
          return null;
        },
        id);
    Map<Long, Listings.Marked> persons = new LinkedHashMap<>();
    db.query(
        "SELECT p.id, p.name, p.affiliation, e.span_start, e.span_end FROM person_evidence e"
            + " JOIN persons p ON p.id = e.person_id WHERE e.doc_id = ?"
            + " ORDER BY e.span_start, e.span_end, p.id",
        rs -> {
          long pid = rs.getLong(1);
          String name = rs.getString(2);
          String aff = rs.getString(3);
          persons
              .computeIfAbsent(
                  pid,
                  k ->
                      new Listings.Marked(
                          k,
                          "person",
                          name,
                          aff == null ? List.of() : List.of(aff),
                          new ArrayList<>()))
              .spans()
              .add(evidence(full, rs.getInt(4), rs.getInt(5)));
          return null;
        },
        id);
    List<Listings.DocumentSummary> same =
        db.query(
            "SELECT id, source, published, title, SUBSTR(text, 1, 200) AS lead, story_id, language FROM documents WHERE story_id = ?"
                + " AND id <> ? ORDER BY (published IS NOT NULL), published, id LIMIT 50",
            Listings::summary,
            d[5],
            id);
    return Optional.of(
        new Listings.DocumentDetail(
            (String) d[0],
            (String) d[1],
            (LocalDate) d[2],
            title,
            Views.documentName(title, text),
            (String) d[6],
            text,
            full,
            Listings.Repaired.of(full),
            (String) d[5],
            actors,
            topics,
            List.copyOf(records.values()),
            List.copyOf(persons.values()),
            same));
  }

  private static Views.Evidence evidence(String full, int start, int end) {
    String text =
        start >= 0 && start <= end && end <= full.length() ? full.substring(start, end) : null;
    return new Views.Evidence(start, end, text);
  }

  Listings.Page<Listings.StorySummary> stories(int limit, int offset) {
    long total = Listings.count(db, "SELECT COUNT(DISTINCT story_id) FROM documents", List.of());
    List<Listings.StorySummary> items =
        db.query(
            "SELECT story_id, COUNT(*), MIN(published), MAX(published), MIN(title) FROM documents"
                + " GROUP BY story_id ORDER BY COUNT(*) DESC, story_id LIMIT ? OFFSET ?",
            rs ->
                new Listings.StorySummary(
                    rs.getString(1),
                    rs.getLong(2),
                    Listings.day(rs.getString(3)),
                    Listings.day(rs.getString(4)),
                    rs.getString(5)),
            limit,
            offset);
    return new Listings.Page<>(items, total, limit, offset);
  }
}
