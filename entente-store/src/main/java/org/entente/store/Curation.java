package org.entente.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.scorecard.Outcome;

/**
 * Curation: confirm, reject or edit a record, add one by hand, mark a commitment fulfilled. Every
 * change is audited (who, when, the row before and after as JSON) in the same transaction. Curated
 * facts win over machines: an edited field is listed in {@code curated_fields} and never
 * overwritten by re-extraction; a rejected record stays rejected when re-ingest reports it again.
 */
public final class Curation {

  /** Fields a curator may edit. */
  public static final Set<String> EDITABLE =
      Set.of(
          "title",
          "mode",
          "kind",
          "status",
          "place",
          "date",
          "due",
          "due_kind",
          "due_text",
          "parties");

  /** Made on the first write only: reading the audit trail (alerts, digests) needs no Jackson. */
  private static final class Writer {
    static final ObjectMapper JSON =
        new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
  }

  private final Ledger ledger;
  private final Db db;
  private final LedgerWriter writer;
  private final Clock clock;

  Curation(Ledger ledger, LedgerWriter writer, Clock clock) {
    this.ledger = ledger;
    this.db = ledger.db();
    this.writer = writer;
    this.clock = clock;
  }

  /** One audit entry. */
  public record AuditEntry(
      long id,
      String at,
      String author,
      String action,
      Long recordId,
      String before,
      String after) {}

  public void confirm(long id, String who) {
    review(id, "confirmed", who);
  }

  public void reject(long id, String who) {
    review(id, "rejected", who);
  }

  private void review(long id, String review, String who) {
    db.inTransaction(
        () -> {
          Map<String, Object> before = row(id);
          db.update("UPDATE records SET review = ? WHERE id = ?", review, id);
          audit(who, review.equals("rejected") ? "reject" : "confirm", id, before, row(id));
        });
  }

  /**
   * Sets fields of a record; they become curated.
   *
   * @throws IllegalArgumentException for a field that is not {@link #EDITABLE} or a bad value
   */
  public void edit(long id, Map<String, String> fields, String who) {
    for (Map.Entry<String, String> e : fields.entrySet()) {
      validate(e.getKey(), e.getValue());
    }
    db.inTransaction(
        () -> {
          Map<String, Object> before = row(id);
          Set<String> curated = new TreeSet<>();
          String c = (String) before.get("curated_fields");
          if (c != null && !c.isEmpty()) {
            curated.addAll(List.of(c.split(",")));
          }
          for (Map.Entry<String, String> e : fields.entrySet()) {
            String v = e.getValue() == null || e.getValue().isBlank() ? null : e.getValue().strip();
            if (e.getKey().equals("parties")) {
              List<String> ps = LedgerWriter.sorted(List.of((v == null ? "" : v).split(",")));
              db.update("UPDATE records SET parties = ? WHERE id = ?", String.join(",", ps), id);
              db.update("DELETE FROM record_parties WHERE record_id = ?", id);
              for (String p : ps) {
                db.update("INSERT INTO record_parties (record_id, actor) VALUES (?, ?)", id, p);
              }
            } else {
              db.update("UPDATE records SET " + e.getKey() + " = ? WHERE id = ?", v, id);
              if (e.getKey().equals("date") && v != null) {
                PartialDate d = PartialDate.parse(v);
                if (d.isComplete()) {
                  db.update("UPDATE records SET on_date = ? WHERE id = ?", v, id);
                }
              }
            }
            curated.add(e.getKey());
          }
          db.update(
              "UPDATE records SET curated_fields = ? WHERE id = ?", String.join(",", curated), id);
          audit(who, "edit", id, before, row(id));
        });
  }

  /**
   * A record added by hand, e.g. a commitment from a closed meeting. Its fields are all curated.
   *
   * @return the new record's id
   */
  public long add(
      String type,
      List<String> parties,
      String title,
      LocalDate on,
      PartialDate due,
      Deadline.Kind dueKind,
      String dueText,
      String who) {
    if (!Set.of("meeting", "agreement", "commitment").contains(type)) {
      throw new IllegalArgumentException("type must be meeting, agreement or commitment: " + type);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a record needs a title (kind, name or action)");
    }
    List<String> ps = LedgerWriter.sorted(parties);
    return db.inTransaction(
        () -> {
          long id =
              db.insert(
                  "INSERT INTO records (type, parties, title, date, on_date, due, due_kind,"
                      + " due_text, origin, curated_fields) VALUES (?, ?, ?, ?, ?, ?, ?, ?,"
                      + " 'curated', 'title,parties,date,due')",
                  type,
                  String.join(",", ps),
                  title,
                  LedgerWriter.iso(on),
                  LedgerWriter.iso(on),
                  due == null ? null : due.toString(),
                  dueKind == null
                      ? (due == null ? null : Deadline.Kind.LATEST.name())
                      : dueKind.name(),
                  dueText);
          for (String p : ps) {
            db.update("INSERT INTO record_parties (record_id, actor) VALUES (?, ?)", id, p);
          }
          if (type.equals("commitment")) {
            writer.statusEvent(id, CommitmentStatus.PENDING, on, "added by hand", null, null, who);
          }
          audit(who, "add", id, null, row(id));
          return id;
        });
  }

  /** Marks a commitment fulfilled on {@code on}, with a record as evidence (or null). */
  public void markFulfilled(
      long id, Long evidenceRecordId, LocalDate on, String reason, String who) {
    db.inTransaction(
        () -> {
          Map<String, Object> before = row(id);
          if (!"commitment".equals(before.get("type"))) {
            throw new IllegalArgumentException("record " + id + " is not a commitment");
          }
          writer.statusEvent(
              id,
              CommitmentStatus.FULFILLED,
              on,
              reason == null ? "marked fulfilled by " + who : reason,
              evidenceRecordId,
              1.0,
              who);
          Map<String, Object> after = new LinkedHashMap<>(row(id));
          after.put("fulfilled_on", LedgerWriter.iso(on));
          after.put("evidence_record_id", evidenceRecordId);
          audit(who, "fulfil", id, before, after);
        });
  }

  /**
   * Sets how a commitment ended, for the compliance scorecard: "fulfilled", "partly", "pending",
   * "lapsed" or "broken"; null or blank gives the decision back to the lifecycle. Ingest never
   * overwrites it; the change is audited as "outcome".
   *
   * @throws IllegalArgumentException when the record is not a commitment or the outcome unknown
   */
  public void setOutcome(long id, String outcome, String who) {
    String value = outcome == null || outcome.isBlank() ? null : Outcome.ofLabel(outcome).label();
    db.inTransaction(
        () -> {
          Map<String, Object> before = row(id);
          if (!"commitment".equals(before.get("type"))) {
            throw new IllegalArgumentException("record " + id + " is not a commitment");
          }
          before.put("outcome", outcome(id));
          db.update("UPDATE records SET outcome = ? WHERE id = ?", value, id);
          Set<String> curated = new TreeSet<>();
          String c = (String) before.get("curated_fields");
          if (c != null && !c.isEmpty()) {
            curated.addAll(List.of(c.split(",")));
          }
          if (value == null) {
            curated.remove("outcome");
          } else {
            curated.add("outcome");
          }
          db.update(
              "UPDATE records SET curated_fields = ? WHERE id = ?", String.join(",", curated), id);
          Map<String, Object> after = new LinkedHashMap<>(row(id));
          after.put("outcome", value);
          audit(who, "outcome", id, before, after);
        });
  }

  /** The outcome a curator set for a record, or null. */
  public String outcome(long id) {
    List<String> v = new java.util.ArrayList<>();
    db.query("SELECT outcome FROM records WHERE id = ?", rs -> v.add(rs.getString(1)), id);
    return v.isEmpty() ? null : v.get(0);
  }

  public List<AuditEntry> audit(Long recordId) {
    return db.query(
        "SELECT id, at, author, action, record_id, before_json, after_json FROM audit"
            + (recordId == null ? "" : " WHERE record_id = " + "?")
            + " ORDER BY id",
        rs ->
            new AuditEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Db.getLong(rs, "record_id"),
                rs.getString(6),
                rs.getString(7)),
        recordId == null ? new Object[0] : new Object[] {recordId});
  }

  private static void validate(String field, String value) {
    if (!EDITABLE.contains(field)) {
      throw new IllegalArgumentException(
          "cannot edit " + field + "; editable: " + new TreeSet<>(EDITABLE));
    }
    if (value == null || value.isBlank()) {
      return;
    }
    switch (field) {
      case "date", "due" -> PartialDate.parse(value);
      case "due_kind" -> Deadline.Kind.valueOf(value.strip());
      default -> {}
    }
  }

  private Map<String, Object> row(long id) {
    List<Map<String, Object>> rows =
        db.query(
            "SELECT " + LedgerWriter.RECORD_COLUMNS + " FROM records WHERE id = ?",
            rs -> {
              ResultSetMetaData md = rs.getMetaData();
              Map<String, Object> m = new LinkedHashMap<>();
              for (int i = 1; i <= md.getColumnCount(); i++) {
                Object v = rs.getObject(i);
                m.put(
                    md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT),
                    v instanceof Number n ? n.longValue() : v);
              }
              return m;
            },
            id);
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no record " + id);
    }
    return rows.get(0);
  }

  private void audit(
      String who, String action, long id, Map<String, Object> before, Map<String, Object> after) {
    if (who == null || who.isBlank()) {
      throw new IllegalArgumentException("a curator's name is required");
    }
    db.insert(
        "INSERT INTO audit (at, author, action, record_id, before_json, after_json)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        clock.instant().toString(),
        who,
        action,
        id,
        json(before),
        json(after));
  }

  private static String json(Object o) {
    if (o == null) {
      return null;
    }
    try {
      return Writer.JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
