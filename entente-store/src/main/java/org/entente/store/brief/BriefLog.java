package org.entente.store.brief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.store.Db;
import org.entente.store.Ledger;
import org.entente.store.Views;

/**
 * The log of the briefs issued, kept in the ledger ({@code V8__brief_log.sql}): each brief with
 * what it showed of every record it drew on, so that the next brief of the same pair says what
 * changed since. A pair is the same in either order ("EU MAR" and "MAR EU"). Not thread-safe (uses
 * the ledger's connection).
 */
public final class BriefLog {

  /**
   * A brief issued.
   *
   * @param a the pair's first code in code order
   * @param b the pair's second code
   * @param since the day after which that brief reported changes
   * @param issuedAt when it was issued, an ISO-8601 instant
   * @param records how many records it showed
   */
  public record Issued(
      long id, String a, String b, LocalDate asOf, LocalDate since, String issuedAt, int records) {}

  /**
   * What a brief showed of one record, as the next brief compares it.
   *
   * @param date the record's day, else its date as written, or null
   * @param status a commitment's lifecycle status ("pending", "fulfilled"…), else the record's own
   */
  public record Shown(
      long recordId,
      String type,
      String title,
      String date,
      String place,
      String status,
      String due) {

    static Shown of(Views.LedgerRecord r) {
      return new Shown(
          r.id(),
          r.type(),
          r.title(),
          r.onDate() != null ? r.onDate().toString() : r.date(),
          r.place(),
          r.commitmentStatus() != null ? r.commitmentStatus().label() : r.status(),
          r.due());
    }
  }

  private final Db db;
  private final Clock clock;

  public BriefLog(Ledger ledger) {
    this(ledger, Clock.systemUTC());
  }

  public BriefLog(Ledger ledger, Clock clock) {
    this.db = ledger.db();
    this.clock = clock;
  }

  private static final String ISSUED =
      "SELECT id, actor_a, actor_b, as_of, since, issued_at, (SELECT COUNT(*) FROM brief_records"
          + " r WHERE r.brief_id = briefs.id) FROM briefs";

  /** The last brief of the pair issued for a day at or before {@code asOf}, if any. */
  public Optional<Issued> last(String a, String b, LocalDate asOf) {
    String[] p = pair(a, b);
    return db.one(
        ISSUED
            + " WHERE actor_a = ? AND actor_b = ? AND as_of <= ? ORDER BY as_of DESC, id DESC LIMIT 1",
        BriefLog::issued,
        p[0],
        p[1],
        asOf.toString());
  }

  /** The briefs of the pair, oldest first. */
  public List<Issued> list(String a, String b) {
    String[] p = pair(a, b);
    return db.query(
        ISSUED + " WHERE actor_a = ? AND actor_b = ? ORDER BY id", BriefLog::issued, p[0], p[1]);
  }

  /**
   * The briefs issued, the latest issued first: of the pair when {@code a} and {@code b} are given,
   * of every pair {@code a} is in when only it is, else of every pair.
   *
   * @param a an actor code, or null
   * @param b a second actor code (with {@code a}), or null
   * @param limit the most briefs returned, at least 1
   */
  public List<Issued> recent(String a, String b, int limit) {
    if (a != null && b != null) {
      String[] p = pair(a, b);
      return db.query(
          ISSUED + " WHERE actor_a = ? AND actor_b = ? ORDER BY id DESC LIMIT ?",
          BriefLog::issued,
          p[0],
          p[1],
          limit);
    }
    if (a != null) {
      return db.query(
          ISSUED + " WHERE actor_a = ? OR actor_b = ? ORDER BY id DESC LIMIT ?",
          BriefLog::issued,
          a,
          a,
          limit);
    }
    return db.query(ISSUED + " ORDER BY id DESC LIMIT ?", BriefLog::issued, limit);
  }

  /** The brief of that id, if it was issued. */
  public Optional<Issued> find(long id) {
    return db.one(ISSUED + " WHERE id = ?", BriefLog::issued, id);
  }

  /**
   * The brief {@code issued} measured its changes against: the last brief of the pair for its day
   * or before that was in the log when it was issued (an earlier id), provided that brief's day is
   * the day {@code issued} reported changes since; else none (it reported what was reported after
   * its {@code since}).
   */
  public Optional<Issued> previousOf(Issued issued) {
    return db.<Issued>one(
            ISSUED
                + " WHERE actor_a = ? AND actor_b = ? AND as_of <= ? AND id < ?"
                + " ORDER BY as_of DESC, id DESC LIMIT 1",
            BriefLog::issued,
            issued.a(),
            issued.b(),
            issued.asOf().toString(),
            issued.id())
        .filter(p -> p.asOf().equals(issued.since()));
  }

  private static Issued issued(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Issued(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        LocalDate.parse(rs.getString(4)),
        LocalDate.parse(rs.getString(5)),
        rs.getString(6),
        rs.getInt(7));
  }

  /** What a brief showed, by record id. */
  public Map<Long, Shown> shown(long briefId) {
    Map<Long, Shown> out = new LinkedHashMap<>();
    db.query(
        "SELECT record_id, type, title, date, place, status, due FROM brief_records"
            + " WHERE brief_id = ? ORDER BY record_id",
        rs ->
            out.put(
                rs.getLong(1),
                new Shown(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7))),
        briefId);
    return out;
  }

  /** Adds {@code brief} to the log, with what it showed, in one transaction; returns its id. */
  public long record(Brief brief) {
    String[] p = pair(brief.a().code(), brief.b().code());
    return db.inTransaction(
        () -> {
          long id =
              db.insert(
                  "INSERT INTO briefs (actor_a, actor_b, as_of, since, issued_at)"
                      + " VALUES (?, ?, ?, ?, ?)",
                  p[0],
                  p[1],
                  brief.asOf().toString(),
                  brief.since().toString(),
                  clock.instant().toString());
          for (Shown s : brief.shown()) {
            db.updateDeferred(
                "INSERT INTO brief_records (brief_id, record_id, type, title, date, place, status,"
                    + " due) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                s.recordId(),
                s.type(),
                s.title(),
                s.date(),
                s.place(),
                s.status(),
                s.due());
          }
          return id;
        });
  }

  /** What the brief of the records showed of each, without duplicates. */
  static List<Shown> shownOf(List<Views.LedgerRecord> records) {
    Map<Long, Shown> out = new LinkedHashMap<>();
    for (Views.LedgerRecord r : records) {
      out.putIfAbsent(r.id(), Shown.of(r));
    }
    return new ArrayList<>(out.values());
  }

  private static String[] pair(String a, String b) {
    return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
  }
}
