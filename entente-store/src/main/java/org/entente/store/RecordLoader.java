package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.store.Queries.Sources;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;

/**
 * Reads records as every question of {@link Queries} needs them: the rows a statement selects
 * ({@link LedgerWriter#RECORD_COLUMNS}), their sources ({@link RecordSources}) and, for
 * commitments, their status history as of a day ({@link org.entente.store.commitments.Lifecycle}),
 * each in a few set-based queries rather than one per row. Not thread-safe (shares the ledger's
 * connection).
 */
final class RecordLoader {

  /** Visible records of the alias {@code r}: not rejected, dated up to the day given. */
  static final String VISIBLE_R =
      "(r.review IS NULL OR r.review <> 'rejected') AND (r.on_date IS NULL OR r.on_date <= ?)";

  private final Ledger ledger;
  private final Db db;

  RecordLoader(Ledger ledger) {
    this.ledger = ledger;
    this.db = ledger.db();
  }

  static Object intOrNull(ResultSet rs, int col) throws SQLException {
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
            LocalDate day = StoredDays.date(rs, 2);
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
              StoredDays.date(rs, "on_date"),
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
        RecordLoader::statusEvent,
        id);
  }

  private static StatusEvent statusEvent(ResultSet rs) throws SQLException {
    double c = rs.getDouble("confidence");
    Double conf = rs.wasNull() ? null : c;
    return new StatusEvent(
        CommitmentStatus.valueOf(rs.getString("status")),
        StoredDays.date(rs, "on_date"),
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
}
