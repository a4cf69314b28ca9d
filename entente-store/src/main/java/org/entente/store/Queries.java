package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.entente.model.Deadline;
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

  /**
   * The commitments the filter keeps, undated first, then by day and id, with source ids. Statuses
   * are worked out before any source is read, and sources are read for the kept ones only.
   */
  public List<Views.LedgerRecord> commitments(CommitmentFilter f) {
    if (f.status() == null && f.dueBefore() == null && f.dueAfter() == null) {
      return commitmentRows(f, true); // nothing to leave out: with their sources at once
    }
    return withSources(commitmentsWithoutSources(f), Sources.IDS);
  }

  /**
   * Every commitment of the filter's party (or all), in the board's order, with or without sources.
   */
  private List<Views.LedgerRecord> commitmentRows(CommitmentFilter f, boolean sources) {
    LocalDate asOf = f.asOf() == null ? LocalDate.now(java.time.ZoneOffset.UTC) : f.asOf();
    String sql =
        "SELECT "
            + LedgerWriter.RECORD_COLUMNS
            + " FROM records WHERE type = 'commitment' AND "
            + VISIBLE
            + (f.party() == null
                ? ""
                : " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)")
            + COMMITMENT_ORDER;
    Object[] args =
        f.party() == null
            ? new Object[] {asOf.toString()}
            : new Object[] {asOf.toString(), f.party()};
    return sources ? load(sql, asOf, Sources.IDS, args) : loadLight(sql, asOf, args);
  }

  /** {@link #commitments} without the sources (each with its status). */
  List<Views.LedgerRecord> commitmentsWithoutSources(CommitmentFilter f) {
    List<Views.LedgerRecord> all = commitmentRows(f, false);
    List<Views.LedgerRecord> out = new ArrayList<>();
    for (Views.LedgerRecord r : all) {
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

  /**
   * The visible records of one actor (arguments: the actor, then the day), read from the actor's
   * entries in record_parties (CROSS JOIN: SQLite walks them, not every record of a type).
   */
  static final String PARTY_RECORDS =
      " FROM record_parties p CROSS JOIN records r WHERE p.actor = ? AND r.id = p.record_id AND "
          + "(r.review IS NULL OR r.review <> 'rejected') AND (r.on_date IS NULL OR r.on_date <= ?)";

  /** The board's order: undated first, on both databases, then by day and id. */
  static final String COMMITMENT_ORDER = " ORDER BY (on_date IS NOT NULL), on_date, id";

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

  /**
   * The records of an actor that can have changed after {@code since} as of {@code asOf}, in date
   * order: every commitment (its lifecycle moves on), undated records, records dated after {@code
   * since} and records curated after it; not a meeting or agreement dated on or before {@code
   * since} that no curator touched since.
   */
  public List<Views.LedgerRecord> timelineSince(String actor, LocalDate since, LocalDate asOf) {
    return sortByDate(
        load(
            "SELECT "
                + LedgerWriter.RECORD_COLUMNS
                + " FROM records WHERE "
                + VISIBLE
                + " AND id IN (SELECT record_id FROM record_parties WHERE actor = ?)"
                + " AND (type = 'commitment' OR on_date IS NULL OR on_date > ?"
                + " OR id IN (SELECT record_id FROM audit WHERE record_id IS NOT NULL AND at > ?))",
            asOf,
            Sources.IDS,
            asOf.toString(),
            actor,
            since.toString(),
            since.toString()));
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
                Views.documentName(rs.getString("title"), rs.getString("lead")),
                Ledger.date(rs, "published"),
                rs.getString("language"),
                -rs.getDouble("score"),
                rs.getString("snippet")),
        q,
        limit);
  }

  /**
   * Words of the user's query as quoted FTS5 terms, so that no FTS5 syntax can be injected;
   * function words ("on", "the") are left out, so that a query of them alone finds nothing, as
   * PostgreSQL's English text search does.
   */
  static String ftsQuery(String query) {
    java.util.List<String> words = new ArrayList<>();
    for (String w : query.split("[\\s\"]+")) {
      if (!w.isBlank()) {
        words.add(w);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words.stream().filter(w -> !StopWords.contains(w)).toList()) {
      sb.append(sb.length() == 0 ? "" : " ").append('"').append(w).append('"');
    }
    return sb.toString();
  }

  // ---- dossier

  /**
   * The most officials per actor a dossier lists by default: a large state has thousands (8,388 for
   * the United States in the two bundled corpora), which no reader of one relationship needs.
   */
  public static final int DOSSIER_OFFICIALS = 50;

  /**
   * The relationship between two actors as of a day, with at most {@value #DOSSIER_OFFICIALS}
   * officials per actor (see {@link #dossier(String, String, LocalDate, int)}).
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf) {
    return dossier(a, b, asOf, DOSSIER_OFFICIALS);
  }

  /**
   * The relationship between two actors as of a day.
   *
   * @param maxOfficials the most officials listed per actor: of the people of the relationship (see
   *     {@link RelationshipPeople}), those named in the most of its documents (ties: by name),
   *     listed by name; {@link Integer#MAX_VALUE} for all
   * @throws IllegalArgumentException when {@code maxOfficials} is negative
   */
  public Views.Dossier dossier(String a, String b, LocalDate asOf, int maxOfficials) {
    if (maxOfficials < 0) {
      throw new IllegalArgumentException("maxOfficials must not be negative: " + maxOfficials);
    }
    return dossier(a, b, asOf, new RelationshipPeople(db).of(a, b, asOf, maxOfficials));
  }

  /**
   * The dossier of {@code a} and {@code b} with the given officials: records, mechanisms and topics
   * as of {@code asOf}. Shared by every listing of officials (all, the most recorded, …).
   */
  Views.Dossier dossier(String a, String b, LocalDate asOf, List<Views.PersonView> people) {
    String[] pair = fewerDocumentsFirst(a, b);
    List<Views.LedgerRecord> both =
        sortByDate(
            load(
                "SELECT " + LedgerWriter.RECORD_COLUMNS + PAIR_RECORDS,
                asOf,
                Sources.IDS,
                pair[0],
                pair[1],
                asOf.toString()));
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
    Map<String, Long> counts = new java.util.LinkedHashMap<>();
    counts.put("agreements", (long) agreements.size());
    counts.put("meetings", (long) meetings.size());
    for (CommitmentStatus s : CommitmentStatus.values()) {
      counts.put(s.label(), (long) commitments.getOrDefault(s, List.of()).size());
    }
    return new Views.Dossier(
        actor(a),
        actor(b),
        asOf,
        agreements,
        mechanisms(a, b, asOf),
        meetings,
        commitments,
        people,
        topicsByYear(pair, asOf),
        counts);
  }

  /**
   * The visible records both actors are party to (arguments: the actor named in fewer documents,
   * the other, the day), read from the first one's entries in record_parties and kept when the
   * other is party too (CROSS JOIN: SQLite joins in this order).
   */
  static final String PAIR_RECORDS =
      " FROM record_parties x CROSS JOIN record_parties y CROSS JOIN records r"
          + " WHERE x.actor = ? AND y.record_id = x.record_id AND y.actor = ? AND r.id = x.record_id"
          + " AND (r.review IS NULL OR r.review <> 'rejected') AND (r.on_date IS NULL OR r.on_date <= ?)";

  /** Topics of the documents naming both actors ({@code pair} as {@link #fewerDocumentsFirst}). */
  Map<String, Map<String, Integer>> topicsByYear(String[] pair, LocalDate asOf) {
    Map<String, Map<String, Integer>> topics = new TreeMap<>();
    // Topics with the day of publication each topic row carries.
    db.query(
        "SELECT t.published, t.topic FROM doc_actors x"
            + " JOIN doc_actors y ON y.doc_id = x.doc_id AND y.code = ?"
            + " JOIN doc_topics t ON t.doc_id = x.doc_id"
            + " WHERE x.code = ? AND (t.published IS NULL OR t.published <= ?)",
        rs -> {
          String p = rs.getString(1);
          String year = p == null ? "undated" : p.substring(0, 4);
          topics
              .computeIfAbsent(year, k -> new TreeMap<>())
              .merge(rs.getString(2), 1, Integer::sum);
          return null;
        },
        pair[1],
        pair[0],
        asOf.toString());
    return topics;
  }

  /**
   * {@code a} and {@code b}, the one named in fewer documents first: records and documents of a
   * pair are read from that one's, keeping those that name the other too.
   */
  String[] fewerDocumentsFirst(String a, String b) {
    long na = documentsNaming(a);
    long nb = documentsNaming(b);
    return na <= nb ? new String[] {a, b} : new String[] {b, a};
  }

  private long documentsNaming(String actor) {
    return db.one("SELECT COUNT(*) FROM doc_actors WHERE code = ?", rs -> rs.getLong(1), actor)
        .orElse(0L);
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
    return persons(affiliation, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #persons(String)}, keeping the {@code max} officials with the most reported roles
   * (ties: by name, then id). Three queries whatever the number of officials; the ranking is read
   * from an index on the role counts the writer keeps.
   */
  private List<Views.PersonView> persons(String affiliation, int max) {
    // The chosen persons, as a subquery the names and roles queries share.
    String chosen =
        max == Integer.MAX_VALUE
            ? "SELECT id FROM persons WHERE affiliation = ?"
            : "SELECT id FROM persons WHERE affiliation = ? ORDER BY role_count DESC, name, id"
                + " LIMIT "
                + max;
    List<Object[]> people =
        db.query(
            "SELECT id, name, affiliation FROM persons WHERE id IN ("
                + chosen
                + ") ORDER BY name, id",
            rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)},
            affiliation);
    if (people.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> names = new HashMap<>();
    db.query(
        "SELECT person_id, name FROM person_names WHERE person_id IN ("
            + chosen
            + ") ORDER BY person_id, name",
        rs -> names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2)),
        affiliation);
    // Roles over time: each role once, with its first and last day and how often it was reported
    // (a head of state is reported thousands of times in one role).
    Map<Long, List<Views.Role>> roles = new HashMap<>();
    db.query(
        "SELECT person_id, role, MIN(on_date), MAX(on_date), COUNT(*), MIN(doc_id)"
            + " FROM person_roles WHERE person_id IN ("
            + chosen
            + ") GROUP BY person_id, role",
        rs ->
            roles
                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                .add(
                    new Views.Role(
                        rs.getString(2),
                        Ledger.date(rs, 3),
                        Ledger.date(rs, 4),
                        rs.getInt(5),
                        rs.getString(6))),
        affiliation);
    Comparator<Views.Role> byTime =
        Comparator.comparing(Views.Role::on, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Views.Role::role);
    roles.values().forEach(l -> l.sort(byTime));
    List<Views.PersonView> out = new ArrayList<>(people.size());
    for (Object[] p : people) {
      long id = (Long) p[0];
      out.add(
          new Views.PersonView(
              id,
              (String) p[1],
              (String) p[2],
              names.getOrDefault(id, List.of()),
              roles.getOrDefault(id, List.of())));
    }
    return out;
  }

  /** Mechanisms between two actors (or of one actor when {@code b} is null), as of a day. */
  public List<Views.Mechanism> mechanisms(String a, String b, LocalDate asOf) {
    List<Object[]> chosen = new ArrayList<>();
    for (Object[] m :
        db.query(
            "SELECT id, pattern, name, parties FROM mechanisms ORDER BY name",
            rs ->
                new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
      List<String> parties = List.of(((String) m[3]).split(","));
      if ((a != null && !parties.contains(a)) || (b != null && !parties.contains(b))) {
        continue;
      }
      chosen.add(m);
    }
    Map<Long, List<Views.Session>> sessionsOf = new HashMap<>();
    for (List<Object[]> part : RecordSources.chunks(chosen)) {
      List<Object> args = new ArrayList<>();
      part.forEach(m -> args.add(m[0]));
      args.add(asOf.toString());
      db.query(
          // CROSS JOIN: SQLite reads the mechanisms' records, not every meeting (PostgreSQL plans
          // it as the inner join it is).
          "SELECT mr.mechanism_id, r.id, r.on_date, mr.session_number FROM mechanism_records mr"
              + " CROSS JOIN records r WHERE r.id = mr.record_id AND mr.mechanism_id IN ("
              + RecordSources.placeholders(part.size())
              + ") AND r.type = 'meeting' AND "
              + VISIBLE_R
              + " ORDER BY mr.mechanism_id, (r.on_date IS NOT NULL), r.on_date, r.id",
          rs ->
              sessionsOf
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(
                      new Views.Session(
                          rs.getLong(2), Ledger.date(rs, "on_date"), (Integer) intOrNull(rs, 4))),
          args.toArray());
    }
    List<Views.Mechanism> out = new ArrayList<>();
    for (Object[] m : chosen) {
      List<String> parties = List.of(((String) m[3]).split(","));
      List<Views.Session> sessions = sessionsOf.getOrDefault((Long) m[0], List.of());
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

  static List<Views.LedgerRecord> sortByDate(List<Views.LedgerRecord> r) {
    List<Views.LedgerRecord> out = new ArrayList<>(r);
    out.sort(
        Comparator.comparing(
                Views.LedgerRecord::onDate, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Views.LedgerRecord::id));
    return out;
  }

  List<Views.LedgerRecord> load(String sql, LocalDate asOf, Sources sources, Object... args) {
    List<Views.LedgerRecord> rows = rows(sql, args);
    // Sources and status histories of every row in a few set-based queries, not one per row.
    Map<Long, List<Views.Source>> sourcesOf =
        sources == Sources.NONE ? Map.of() : sources(rows, sources == Sources.EVIDENCE);
    Map<Long, LocalDate> lastHeard = new HashMap<>();
    for (Map.Entry<Long, List<Views.Source>> e : sourcesOf.entrySet()) {
      for (Views.Source s : e.getValue()) {
        if (s.published() != null) {
          lastHeard.merge(e.getKey(), s.published(), (x, y) -> x.isAfter(y) ? x : y);
        }
      }
    }
    return withLifecycle(rows, asOf, sourcesOf, lastHeard);
  }

  /**
   * Like {@link #load} with {@link Sources#NONE}, but each commitment's status as {@link
   * Sources#IDS} would give it: the last day its sources were published is read by one aggregate
   * query instead of loading the sources. For listings that choose a page by status and then load
   * the sources of that page only ({@link #withSources}).
   */
  List<Views.LedgerRecord> loadLight(String sql, LocalDate asOf, Object... args) {
    List<Views.LedgerRecord> rows = rows(sql, args);
    List<Long> ids = new ArrayList<>();
    for (Views.LedgerRecord r : rows) {
      if ("commitment".equals(r.type())) {
        ids.add(r.id());
      }
    }
    Map<Long, LocalDate> lastHeard = new HashMap<>();
    for (List<Long> part : RecordSources.chunks(ids)) {
      db.query(
          "SELECT e.record_id, MAX(documents.published) FROM evidence e JOIN "
              + db.dialect().documentListing()
              + " ON documents.id = e.doc_id WHERE e.record_id IN ("
              + RecordSources.placeholders(part.size())
              + ") GROUP BY e.record_id",
          rs -> {
            LocalDate day = Ledger.date(rs, 2);
            return day == null ? null : lastHeard.put(rs.getLong(1), day);
          },
          part.toArray());
    }
    return withLifecycle(rows, asOf, Map.of(), lastHeard);
  }

  /** {@code records} (from {@link #loadLight}) with their sources, as {@link #load} gives them. */
  List<Views.LedgerRecord> withSources(List<Views.LedgerRecord> records, Sources sources) {
    if (sources == Sources.NONE || records.isEmpty()) {
      return records;
    }
    Map<Long, List<Views.Source>> sourcesOf = sources(records, sources == Sources.EVIDENCE);
    List<Views.LedgerRecord> out = new ArrayList<>(records.size());
    for (Views.LedgerRecord r : records) {
      out.add(
          r.withLifecycle(
              r.commitmentStatus(), r.history(), sourcesOf.getOrDefault(r.id(), List.of())));
    }
    return out;
  }

  /** The records {@code sql} selects ({@link LedgerWriter#RECORD_COLUMNS}), without lifecycle. */
  private List<Views.LedgerRecord> rows(String sql, Object... args) {
    return db.query(
        sql,
        rs -> {
          String p = rs.getString("parties");
          String c = rs.getString("curated_fields");
          return new Views.LedgerRecord(
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
              Db.getLong(rs, "superseded_by"),
              null,
              List.of(),
              List.of());
        },
        args);
  }

  /**
   * The rows with their sources and, for commitments, the status history as of {@code asOf}: the
   * last news of a commitment is its day or the latest publication of its sources ({@code
   * lastHeard}), whichever is later.
   */
  private List<Views.LedgerRecord> withLifecycle(
      List<Views.LedgerRecord> rows,
      LocalDate asOf,
      Map<Long, List<Views.Source>> sourcesOf,
      Map<Long, LocalDate> lastHeardOf) {
    Map<Long, List<StatusEvent>> eventsOf = statusEvents(rows);
    List<Views.LedgerRecord> out = new ArrayList<>(rows.size());
    for (Views.LedgerRecord r : rows) {
      List<Views.Source> src = sourcesOf.getOrDefault(r.id(), List.of());
      CommitmentStatus status = null;
      List<StatusEvent> history = List.of();
      if ("commitment".equals(r.type())) {
        LocalDate lastHeard = r.onDate();
        LocalDate published = lastHeardOf.get(r.id());
        if (published != null && (lastHeard == null || published.isAfter(lastHeard))) {
          lastHeard = published;
        }
        history =
            ledger
                .lifecycle()
                .history(
                    eventsOf.getOrDefault(r.id(), List.of()),
                    r.dueKind() == null ? null : Deadline.Kind.valueOf(r.dueKind()),
                    PartialDate.parse(r.due()),
                    lastHeard,
                    asOf);
        status =
            history.isEmpty() ? CommitmentStatus.PENDING : history.get(history.size() - 1).status();
      }
      out.add(r.withLifecycle(status, history, src));
    }
    return out;
  }

  List<StatusEvent> statusEvents(long id) {
    return db.query(
        "SELECT status, on_date, reason, evidence_record_id, confidence, author FROM status_events"
            + " WHERE record_id = ? ORDER BY id",
        Queries::statusEvent,
        id);
  }

  private static StatusEvent statusEvent(ResultSet rs) throws SQLException {
    double c = rs.getDouble("confidence");
    Double conf = rs.wasNull() ? null : c;
    return new StatusEvent(
        CommitmentStatus.valueOf(rs.getString("status")),
        Ledger.date(rs, "on_date"),
        rs.getString("reason"),
        Db.getLong(rs, "evidence_record_id"),
        conf,
        rs.getString("author"));
  }

  /** The status events of the commitments among {@code rows}, by record, each in id order. */
  private Map<Long, List<StatusEvent>> statusEvents(List<Views.LedgerRecord> rows) {
    List<Long> ids = new ArrayList<>();
    for (Views.LedgerRecord r : rows) {
      if ("commitment".equals(r.type())) {
        ids.add(r.id());
      }
    }
    Map<Long, List<StatusEvent>> out = new HashMap<>();
    for (List<Long> part : RecordSources.chunks(ids)) {
      db.query(
          "SELECT record_id, status, on_date, reason, evidence_record_id, confidence, author"
              + " FROM status_events WHERE record_id IN ("
              + RecordSources.placeholders(part.size())
              + ") ORDER BY record_id, id",
          rs -> out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(statusEvent(rs)),
          part.toArray());
    }
    return out;
  }

  /**
   * The sources of every row: per record, its documents in id order, each with its spans in order
   * (and the text they cover when {@code withText}).
   */
  private Map<Long, List<Views.Source>> sources(List<Views.LedgerRecord> rows, boolean withText) {
    List<Long> ids = new ArrayList<>(rows.size());
    rows.forEach(r -> ids.add(r.id()));
    return new RecordSources(db).of(ids, withText);
  }

  /**
   * The sources of many records at once, each with its evidence spans and the text they cover, as
   * {@link #record} gives them one by one: record id → its documents in id order (records without
   * evidence are absent). Every document is read once, in a few set-based queries.
   */
  public Map<Long, List<Views.Source>> evidence(Collection<Long> recordIds) {
    return new RecordSources(db).of(new ArrayList<>(new java.util.TreeSet<>(recordIds)), true);
  }
}
