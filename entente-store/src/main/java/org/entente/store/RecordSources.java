package org.entente.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the sources of many records at once: per record, its documents in id order, each with its
 * evidence spans in order and, when asked, the text each span covers. Set-based whatever the number
 * of records: one query per {@value #CHUNK} records for the spans, one per {@value #CHUNK}
 * documents for the documents. A document's text is read only when the spans' text is asked for
 * (or, for an untitled one, its first words to name it), and it is cut up as its row is read and
 * not kept: reading the evidence of thousands of records holds no document's text for longer than
 * its row. Not thread-safe.
 */
final class RecordSources {

  /** Most bind parameters in one IN list (SQLite allows 32,766, PostgreSQL 65,535 in all). */
  static final int CHUNK = 500;

  /** How much of an untitled document's text is read to name it. */
  private static final int LEAD_CHARS = 200;

  /** A span into a document's full text, and the text it covers once the document is read. */
  private static final class Span {
    final int start;
    final int end;
    String text;

    Span(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  private record Doc(
      String title, LocalDate published, String storyId, String name, String language) {}

  private final Db db;

  RecordSources(Db db) {
    this.db = db;
  }

  /** The sources of every record among {@code ids}; records without evidence are absent. */
  Map<Long, List<Views.Source>> of(List<Long> ids, boolean withText) {
    // record id → doc id → spans, both in order; doc id → its spans over every record
    Map<Long, Map<String, List<Span>>> spans = new HashMap<>();
    Map<String, List<Span>> byDoc = new HashMap<>();
    for (List<Long> part : chunks(ids)) {
      db.query(
          "SELECT record_id, doc_id, span_start, span_end FROM evidence WHERE record_id IN ("
              + placeholders(part.size())
              + ") ORDER BY record_id, doc_id, span_start, span_end",
          rs -> {
            String doc = rs.getString(2);
            Span s = new Span(rs.getInt(3), rs.getInt(4));
            spans
                .computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                .computeIfAbsent(doc, k -> new ArrayList<>())
                .add(s);
            return byDoc.computeIfAbsent(doc, k -> new ArrayList<>()).add(s);
          },
          part.toArray());
    }
    Map<String, Doc> docs = withText ? readWithText(byDoc) : read(byDoc.keySet());
    Map<Long, List<Views.Source>> out = new HashMap<>();
    for (Map.Entry<Long, Map<String, List<Span>>> r : spans.entrySet()) {
      List<Views.Source> list = new ArrayList<>();
      for (Map.Entry<String, List<Span>> e : r.getValue().entrySet()) {
        Doc d = docs.getOrDefault(e.getKey(), new Doc(null, null, null, e.getKey(), null));
        List<Views.Evidence> ev = new ArrayList<>(e.getValue().size());
        for (Span sp : e.getValue()) {
          ev.add(new Views.Evidence(sp.start, sp.end, sp.text));
        }
        list.add(
            new Views.Source(
                e.getKey(), d.title(), d.name(), d.published(), d.storyId(), d.language(), ev));
      }
      out.put(r.getKey(), list);
    }
    return out;
  }

  /**
   * The documents without their text, but for the first words of an untitled one. On SQLite the
   * listing is read from an index holding it ({@code V7__document_listing.sql}): the table's rows
   * hold the text before the language, and reaching that column walks the text's overflow pages.
   */
  private Map<String, Doc> read(Set<String> ids) {
    String from = db.dialect().documentListing();
    Map<String, Doc> docs = new HashMap<>();
    List<String> untitled = new ArrayList<>();
    for (List<String> part : chunks(new ArrayList<>(new TreeSet<>(ids)))) {
      db.query(
          "SELECT id, title, published, story_id, language FROM "
              + from
              + " WHERE id IN ("
              + placeholders(part.size())
              + ")",
          rs -> {
            Doc d = doc(rs, null);
            if (d.title() == null || d.title().isBlank()) {
              untitled.add(rs.getString(1));
            }
            return docs.put(rs.getString(1), d);
          },
          part.toArray());
    }
    for (List<String> part : chunks(untitled)) {
      db.query(
          "SELECT id, SUBSTR(text, 1, "
              + LEAD_CHARS
              + ") FROM documents WHERE id IN ("
              + placeholders(part.size())
              + ")",
          rs -> {
            String lead = rs.getString(2);
            return docs.computeIfPresent(rs.getString(1), (k, d) -> rename(d, lead));
          },
          part.toArray());
    }
    return docs;
  }

  /**
   * The documents, cutting each span's text out of its document's row as it is read: from the
   * text's UTF-8 bytes ({@link Utf8Cuts}), the whole text decoded only for a span in the title, an
   * untitled document's name, or bytes the cutter does not walk.
   */
  private Map<String, Doc> readWithText(Map<String, List<Span>> byDoc) {
    Map<String, Doc> docs = new HashMap<>();
    for (List<String> part : chunks(new ArrayList<>(new TreeSet<>(byDoc.keySet())))) {
      db.query(
          "SELECT id, title, published, story_id, language, "
              + db.dialect().utf8Bytes("text")
              + " FROM documents WHERE id IN ("
              + placeholders(part.size())
              + ")",
          rs -> {
            String title = rs.getString(2);
            byte[] bytes = rs.getBytes(6);
            int head = title == null || title.isBlank() ? 0 : title.length() + 2;
            Utf8Cuts cuts = new Utf8Cuts(bytes);
            String whole = head == 0 ? new String(bytes, StandardCharsets.UTF_8) : null;
            List<Span> spans = new ArrayList<>(byDoc.getOrDefault(rs.getString(1), List.of()));
            spans.sort(Comparator.comparingInt(sp -> sp.start));
            for (Span sp : spans) {
              sp.text = sp.start >= head ? cuts.cut(sp.start - head, sp.end - head) : null;
              if (sp.text == null) {
                whole = whole != null ? whole : new String(bytes, StandardCharsets.UTF_8);
                sp.text = covered(title, whole, sp.start, sp.end);
              }
            }
            String lead =
                whole == null ? null : whole.substring(0, Math.min(LEAD_CHARS, whole.length()));
            return docs.put(rs.getString(1), doc(rs, lead));
          },
          part.toArray());
    }
    return docs;
  }

  private static Doc doc(java.sql.ResultSet rs, String lead) throws java.sql.SQLException {
    String title = rs.getString(2);
    return new Doc(
        title,
        StoredDays.date(rs, "published"),
        rs.getString(4),
        Views.documentName(title, lead),
        rs.getString(5));
  }

  private static Doc rename(Doc d, String lead) {
    return new Doc(
        d.title(), d.published(), d.storyId(), Views.documentName(d.title(), lead), d.language());
  }

  /**
   * What [start, end) covers in the full text extraction read ({@link
   * org.entente.model.Document#fullText}: the title, a blank line, the body), without building that
   * text; null for a span out of its bounds.
   */
  static String covered(String title, String text, int start, int end) {
    int head = title == null || title.isBlank() ? 0 : title.length() + 2;
    if (start < 0 || start > end || end > head + text.length()) {
      return null;
    }
    if (start >= head) {
      return text.substring(start - head, end - head);
    }
    return (title + "\n\n" + text).substring(start, end);
  }

  static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return out;
  }

  static String placeholders(int n) {
    return String.join(", ", Collections.nCopies(n, "?"));
  }
}
