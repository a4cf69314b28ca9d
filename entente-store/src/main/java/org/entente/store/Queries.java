package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.PartialDate;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;
import org.entente.store.mechanisms.Cadence;

/**
 * Read-only questions to the ledger. Every question takes an "as of" day: records first reported
 * after it are left out and commitment statuses are those of that day. Rejected records are left
 * out everywhere but {@link #record}. Not thread-safe (shares the ledger's connection).
 */
public final class Queries {

  private final Ledger ledger;
  private final Db db;

  Queries(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
  }

  /** How much of a record's sources to load. */
  public enum Sources {
    NONE,
    IDS,
    EVIDENCE
  }

  /** Filters for {@link #commitments}; null fields do not filter. */
  public record CommitmentFilter(
      String party,
      CommitmentStatus status,
      LocalDate dueBefore,
      LocalDate dueAfter,
      LocalDate asOf) {}

  // ---- records

  /** One record with its sources and evidence text, whatever its review state. */
  public Optional<Views.LedgerRecord> record(long id, LocalDate asOf) {
    List<Views.LedgerRecord> r =
        load(
            "SELECT " + LedgerWriter.RECORD_COLUMNS + " FROM records WHERE id = ?",
            asOf,
            Sources.EVIDENCE,
            id);
    return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
  }

  public List<Views.LedgerRecord> commitments(CommitmentFilter f) {
    LocalDate asOf = f.asOf() == null ? LocalDate.now(java.time.ZoneOffset.UTC) : f.asOf();
    StringBuilder sql =
        new StringBuilder(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + " FROM records WHERE type = 'commitment' AND "
                + VISIBLE);
    List<Object> args = new ArrayList<>();
    args.add(asOf.toString());
    if (f.party() != null) {
      sql.append(" AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)");
      args.add(f.party());
    }
    sql.append(" ORDER BY on_date, id");
    List<Views.LedgerRecord> out = new ArrayList<>();
    for (Views.LedgerRecord r : load(sql.toString(), asOf, Sources.IDS, args.toArray())) {
      if (f.status() != null && r.commitmentStatus() != f.status()) {
        continue;
      }
      LocalDate due = r.due() == null ? null : PartialDate.parse(r.due()).latestDay();
      if (f.dueBefore() != null && (due == null || !due.isBefore(f.dueBefore()))) {
        continue;
      }
      if (f.dueAfter() != null && (due == null || !due.isAfter(f.dueAfter()))) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  /** Every visible record, in date order, with source ids (for exports). */
  public List<Views.LedgerRecord> allRecords(LocalDate asOf) {
    return sortByDate(
        load(
            "SELECT " + LedgerWriter.RECORD_COLUMNS + " FROM records WHERE " + VISIBLE,
            asOf,
            Sources.IDS,
            asOf.toString()));
  }

  /** Every record an actor is party to, in date order (undated last). */
  public List<Views.LedgerRecord> timeline(String actor, LocalDate asOf) {
    List<Views.LedgerRecord> r =
        load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + " FROM records WHERE "
                + VISIBLE
                + " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)",
            asOf,
            Sources.IDS,
            asOf.toString(),
            actor);
    return sortByDate(r);
  }

  /** Full-text search over documents (FTS5 on SQLite, tsvector on PostgreSQL). */
  public List<Views.SearchHit> search(String query, int limit) {
    String q = ledger.dialect() == Dialect.SQLITE ? ftsQuery(query) : query;
    if (q.isBlank()) {
      return List.of();
    }
    return db.query(
        ledger.dialect().searchSql(),
        rs ->
            new Views.SearchHit(
                rs.getString("id"),
                rs.getString("title"),
                Ledger.date(rs, "published"),
                -rs.getDouble("score"),
                rs.getString("snippet")),
        q,
        limit);
  }

  /** Words of the user's query as quoted FTS5 terms, so that no FTS5 syntax can be injected. */
  static String ftsQuery(String query) {
    StringBuilder sb = new StringBuilder();
    for (String w : query.split("[\\s\"]+")) {
      if (!w.isBlank()) {
        sb.append(sb.length() == 0 ? "" : " ").append('"').append(w).append('"');
      }
    }
    return sb.toString();
  }

  // ---- dossier

  /** The relationship between two actors as of a day. */
  public Views.Dossier dossier(String a, String b, LocalDate asOf) {
    List<Views.LedgerRecord> both =
        load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + " FROM records WHERE "
                + VISIBLE
                + " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)"
                + " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)",
            asOf,
            Sources.IDS,
            asOf.toString(),
            a,
            b);
    both = sortByDate(both);
    List<Views.LedgerRecord> agreements = new ArrayList<>();
    List<Views.LedgerRecord> meetings = new ArrayList<>();
    Map<CommitmentStatus, List<Views.LedgerRecord>> commitments = Ledger.byStatus();
    for (Views.LedgerRecord r : both) {
      switch (r.type()) {
        case "agreement" -> agreements.add(r);
        case "meeting" -> meetings.add(r);
        default -> commitments.computeIfAbsent(r.commitmentStatus(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Views.PersonView> people = new ArrayList<>(persons(a));
    people.addAll(persons(b));
    Map<String, Map<String, Integer>> topics = new TreeMap<>();
    db.query(
        "SELECT d.published, t.topic FROM doc_topics t JOIN documents d ON d.id = t.doc_id"
            + " WHERE t.doc_id IN (SELECT doc_id FROM doc_actors WHERE code = ?)"
            + " AND t.doc_id IN (SELECT doc_id FROM doc_actors WHERE code = ?)"
            + " AND (d.published IS NULL OR d.published <= ?)",
        rs -> {
          String p = rs.getString(1);
          String year = p == null ? "undated" : p.substring(0, 4);
          topics
              .computeIfAbsent(year, k -> new TreeMap<>())
              .merge(rs.getString(2), 1, Integer::sum);
          return null;
        },
        a,
        b,
        asOf.toString());
    return new Views.Dossier(
        actor(a),
        actor(b),
        asOf,
        agreements,
        mechanisms(a, b, asOf),
        meetings,
        commitments,
        people,
        topics);
  }

  public Views.Actor actor(String code) {
    return db.one(
            "SELECT code, name, kind FROM actors WHERE code = ?",
            rs -> new Views.Actor(rs.getString(1), rs.getString(2), rs.getString(3)),
            code)
        .orElse(new Views.Actor(code, code, null));
  }

  /** Officials acting for {@code affiliation}, with their name variants and roles over time. */
  public List<Views.PersonView> persons(String affiliation) {
    List<Views.PersonView> out = new ArrayList<>();
    for (Object[] p :
        db.query(
            "SELECT id, name, affiliation FROM persons WHERE affiliation = ? ORDER BY name",
            rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
            affiliation)) {
      long id = (Long) p[0];
      List<String> names =
          db.query(
              "SELECT name FROM person_names WHERE person_id = ? ORDER BY name",
              rs -> rs.getString(1),
              id);
      List<Views.Role> roles =
          db.query(
              "SELECT role, on_date, doc_id FROM person_roles WHERE person_id = ?"
                  + " ORDER BY on_date, role, doc_id",
              rs -> new Views.Role(rs.getString(1), Ledger.date(rs, "on_date"), rs.getString(3)),
              id);
      out.add(new Views.PersonView(id, (String) p[1], (String) p[2], names, roles));
    }
    return out;
  }

  /** Mechanisms between two actors (or of one actor when {@code b} is null), as of a day. */
  public List<Views.Mechanism> mechanisms(String a, String b, LocalDate asOf) {
    List<Views.Mechanism> out = new ArrayList<>();
    for (Object[] m :
        db.query(
            "SELECT id, pattern, name, parties FROM mechanisms ORDER BY name",
            rs ->
                new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
      List<String> parties = List.of(((String) m[3]).split(","));
      if ((a != null && !parties.contains(a)) || (b != null && !parties.contains(b))) {
        continue;
      }
      List<Views.Session> sessions =
          db.query(
              "SELECT r.id, r.on_date, mr.session_number FROM mechanism_records mr"
                  + " JOIN records r ON r.id = mr.record_id WHERE mr.mechanism_id = ?"
                  + " AND r.type = 'meeting' AND "
                  + VISIBLE_R
                  + " ORDER BY r.on_date, r.id",
              rs ->
                  new Views.Session(
                      rs.getLong(1), Ledger.date(rs, "on_date"), (Integer) intOrNull(rs, 3)),
              m[0],
              asOf.toString());
      List<LocalDate> days = new ArrayList<>();
      sessions.forEach(s -> days.add(s.on()));
      out.add(
          new Views.Mechanism(
              (Long) m[0],
              (String) m[1],
              (String) m[2],
              parties,
              sessions,
              Cadence.of(days, asOf)));
    }
    return out;
  }

  // ---- loading

  static final String VISIBLE =
      "(review IS NULL OR review <> 'rejected') AND (on_date IS NULL OR on_date <= ?)";
  private static final String VISIBLE_R =
      "(r.review IS NULL OR r.review <> 'rejected') AND (r.on_date IS NULL OR r.on_date <= ?)";

  private static Object intOrNull(ResultSet rs, int col) throws SQLException {
    long v = rs.getLong(col);
    return rs.wasNull() ? null : (int) v;
  }

  private static List<Views.LedgerRecord> sortByDate(List<Views.LedgerRecord> r) {
    List<Views.LedgerRecord> out = new ArrayList<>(r);
    out.sort(
        Comparator.comparing(
                Views.LedgerRecord::onDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Views.LedgerRecord::id));
    return out;
  }

  private record Row(
      long id,
      String type,
      List<String> parties,
      String title,
      String mode,
      String kind,
      String status,
      String place,
      String date,
      LocalDate onDate,
      String due,
      String dueKind,
      String dueText,
      String cameo,
      String plover,
      String origin,
      String review,
      List<String> curated,
      Long supersededBy) {}

  List<Views.LedgerRecord> load(String sql, LocalDate asOf, Sources sources, Object... args) {
    List<Row> rows =
        db.query(
            sql,
            rs -> {
              String p = rs.getString("parties");
              String c = rs.getString("curated_fields");
              return new Row(
                  rs.getLong("id"),
                  rs.getString("type"),
                  p.isEmpty() ? List.of() : List.of(p.split(",")),
                  rs.getString("title"),
                  rs.getString("mode"),
                  rs.getString("kind"),
                  rs.getString("status"),
                  rs.getString("place"),
                  rs.getString("date"),
                  Ledger.date(rs, "on_date"),
                  rs.getString("due"),
                  rs.getString("due_kind"),
                  rs.getString("due_text"),
                  rs.getString("cameo"),
                  rs.getString("plover"),
                  rs.getString("origin"),
                  rs.getString("review"),
                  c.isEmpty() ? List.of() : List.of(c.split(",")),
                  Db.getLong(rs, "superseded_by"));
            },
            args);
    List<Views.LedgerRecord> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<Views.Source> src =
          sources == Sources.NONE ? List.of() : sources(r.id(), sources == Sources.EVIDENCE);
      CommitmentStatus status = null;
      List<StatusEvent> history = List.of();
      if ("commitment".equals(r.type())) {
        LocalDate lastHeard = r.onDate();
        for (Views.Source s : src) {
          if (s.published() != null && (lastHeard == null || s.published().isAfter(lastHeard))) {
            lastHeard = s.published();
          }
        }
        history =
            ledger
                .lifecycle()
                .history(
                    statusEvents(r.id()),
                    r.dueKind() == null ? null : Deadline.Kind.valueOf(r.dueKind()),
                    PartialDate.parse(r.due()),
                    lastHeard,
                    asOf);
        status =
            history.isEmpty() ? CommitmentStatus.PENDING : history.get(history.size() - 1).status();
      }
      out.add(
          new Views.LedgerRecord(
              r.id(),
              r.type(),
              r.parties(),
              r.title(),
              r.mode(),
              r.kind(),
              r.status(),
              r.place(),
              r.date(),
              r.onDate(),
              r.due(),
              r.dueKind(),
              r.dueText(),
              r.cameo(),
              r.plover(),
              r.origin(),
              r.review(),
              r.curated(),
              r.supersededBy(),
              status,
              history,
              src));
    }
    return out;
  }

  List<StatusEvent> statusEvents(long id) {
    return db.query(
        "SELECT status, on_date, reason, evidence_record_id, confidence, author FROM status_events"
            + " WHERE record_id = ? ORDER BY id",
        rs -> {
          double c = rs.getDouble("confidence");
          Double conf = rs.wasNull() ? null : c;
          return new StatusEvent(
              CommitmentStatus.valueOf(rs.getString("status")),
              Ledger.date(rs, "on_date"),
              rs.getString("reason"),
              Db.getLong(rs, "evidence_record_id"),
              conf,
              rs.getString("author"));
        },
        id);
  }

  private List<Views.Source> sources(long recordId, boolean withText) {
    Map<String, List<int[]>> spans = new LinkedHashMap<>();
    db.query(
        "SELECT doc_id, span_start, span_end FROM evidence WHERE record_id = ?"
            + " ORDER BY doc_id, span_start, span_end",
        rs ->
            spans
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new int[] {rs.getInt(2), rs.getInt(3)}),
        recordId);
    List<Views.Source> out = new ArrayList<>();
    Map<String, Object[]> docs = new HashMap<>();
    for (Map.Entry<String, List<int[]>> e : spans.entrySet()) {
      Object[] d =
          db.one(
                  withText
                      ? "SELECT title, published, story_id, text FROM documents WHERE id = ?"
                      : "SELECT title, published, story_id, '' AS text FROM documents WHERE id = ?",
                  rs ->
                      new Object[] {
                        rs.getString(1),
                        Ledger.date(rs, "published"),
                        rs.getString(3),
                        rs.getString(4)
                      },
                  e.getKey())
              .orElse(new Object[] {null, null, null, ""});
      docs.put(e.getKey(), d);
      String full =
          withText
              ? new Document(e.getKey(), null, null, (String) d[0], (String) d[3]).fullText()
              : "";
      List<Views.Evidence> ev = new ArrayList<>();
      for (int[] s : e.getValue()) {
        String text =
            withText && s[1] <= full.length() && s[0] <= s[1] ? full.substring(s[0], s[1]) : null;
        ev.add(new Views.Evidence(s[0], s[1], text));
      }
      out.add(new Views.Source(e.getKey(), (String) d[0], (LocalDate) d[1], (String) d[2], ev));
    }
    return out;
  }
}
