package org.entente.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.model.Deadline;
import org.entente.model.EventCode;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.FulfilmentScorer;

/**
 * The rows of a record as the writer adds them: the record with its parties (and its entry in the
 * {@link RecordIndex}), a column filled unless curated, its evidence spans, its status events. Not
 * thread-safe: owned by the ingest writer.
 */
final class RecordRows {

  private final Db db;
  private final RecordIndex index;
  private final KnownActors actors;
  private final FulfilmentScorer scorer;

  /**
   * Adds a record's party. One SQL text for new records and for parties merged into a matched
   * agreement, so that the queued rows run in the order they were queued (see {@link
   * Db#updateDeferred}); the conflict clause makes a merged party already there a no-op.
   */
  static final String PARTY =
      "INSERT INTO record_parties (record_id, actor) VALUES (?, ?) ON CONFLICT DO NOTHING";

  RecordRows(Db db, RecordIndex index, KnownActors actors, FulfilmentScorer scorer) {
    this.db = db;
    this.index = index;
    this.actors = actors;
    this.scorer = scorer;
  }

  /** A new extracted record, its parties, and its index entry; returns its id. */
  long add(
      WrittenDocument doc,
      String type,
      List<String> parties,
      String title,
      String mode,
      String kind,
      String status,
      String place,
      PartialDate date,
      LocalDate on,
      Deadline dl,
      EventCode code,
      List<Span> spans) {
    String evidence = WrittenDocument.cap(doc.evidenceText(spans));
    long id =
        db.insert(
            "INSERT INTO records (type, parties, title, mode, kind, status, place, date, on_date,"
                + " due, due_kind, due_text, cameo, plover, evidence_text, story_id, origin)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'extracted')",
            type,
            String.join(",", parties),
            title,
            mode,
            kind,
            status,
            place,
            date == null ? null : date.toString(),
            LedgerWriter.iso(on),
            dl == null || dl.due() == null ? null : dl.due().toString(),
            dl == null ? null : dl.kind().name(),
            dl == null ? null : dl.text(),
            code == null ? null : code.cameo(),
            code == null ? null : code.plover(),
            evidence,
            doc.story());
    for (String p : parties) {
      actors.ensure(p, null);
      db.updateDeferred(PARTY, id, p);
    }
    RecordIndex.Entry e =
        new RecordIndex.Entry(
            id,
            type,
            List.copyOf(parties),
            title,
            kind,
            evidence,
            doc.story(),
            scorer,
            index.vocabulary());
    e.mode = index.vocabulary().of(mode);
    e.place = index.vocabulary().of(place);
    e.date = date == null ? null : PartialDate.parse(date.toString());
    e.placeOn(on);
    e.due = dl == null || dl.due() == null ? null : PartialDate.parse(dl.due().toString());
    index.add(e);
    return id;
  }

  /** Sets a column the record lacks, unless curated; whether it did. */
  boolean fill(long id, Set<String> curated, String column, String have, String given) {
    if (have == null && given != null && !curated.contains(column)) {
      db.update("UPDATE records SET " + column + " = ? WHERE id = ?", given, id);
      return true;
    }
    return false;
  }

  /**
   * The columns a curator set on the record, which extraction leaves alone: from the index (which
   * holds every record the writer compares), else from the store.
   */
  Set<String> curatedFields(long id) {
    RecordIndex.Entry e = index.get(id);
    if (e != null) {
      return e.curated;
    }
    return RecordIndex.curatedSet(
        db.one("SELECT curated_fields FROM records WHERE id = ?", rs -> rs.getString(1), id)
            .orElse(""));
  }

  /** The record's evidence in the document: its spans, or the document's start when none holds. */
  void evidence(WrittenDocument doc, long id, List<Span> spans) {
    List<Span> ok = doc.spans(spans);
    if (ok.isEmpty()) {
      ok = List.of(new Span(0, 0));
    }
    for (Span s : ok) {
      db.updateDeferred(
          "INSERT INTO evidence (record_id, doc_id, span_start, span_end) VALUES (?, ?, ?, ?)"
              + " ON CONFLICT DO NOTHING",
          id,
          doc.doc().id(),
          s.start(),
          s.end());
    }
  }

  void statusEvent(
      long id,
      CommitmentStatus status,
      LocalDate on,
      String reason,
      Long evidence,
      Double confidence,
      String author) {
    // Deferred: a statement that reads status_events runs the queued rows first, in order.
    db.updateDeferred(
        "INSERT INTO status_events (record_id, status, on_date, reason, evidence_record_id,"
            + " confidence, author) VALUES (?, ?, ?, ?, ?, ?, ?)",
        id,
        status.name(),
        LedgerWriter.iso(on),
        reason,
        evidence,
        confidence,
        author);
  }
}
