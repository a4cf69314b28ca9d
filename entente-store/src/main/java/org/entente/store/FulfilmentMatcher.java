package org.entente.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.model.PartialDate;
import org.entente.model.Span;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.FulfilmentScorer;

/**
 * Matches commitments with the meetings and agreements that realise them, as records are written: a
 * new event is offered to the open commitments of its parties, a new commitment to the later events
 * of its parties ({@link FulfilmentScorer}); a match adds a "fulfilled" status event with its
 * confidence. Candidates come from the {@link RecordIndex}. Not thread-safe: owned by the ingest
 * writer.
 */
final class FulfilmentMatcher {

  private final Db db;
  private final RecordIndex index;
  private final FulfilmentScorer scorer;
  private final RecordRows rows;
  private final WordMemos memos;

  FulfilmentMatcher(
      Db db, RecordIndex index, FulfilmentScorer scorer, RecordRows rows, WordMemos memos) {
    this.db = db;
    this.index = index;
    this.scorer = scorer;
    this.rows = rows;
    this.memos = memos;
  }

  /** A new meeting or agreement: does it realise a pending commitment of its parties? */
  void offerAsFulfilment(
      WrittenDocument doc,
      long eventId,
      List<String> parties,
      String name,
      List<Span> spans,
      LocalDate on) {
    if (parties.isEmpty()) {
      return;
    }
    Set<String> eventStems = memos.stems(name + " " + doc.evidenceText(spans));
    // The open commitments all of whose parties take part, from other stories, that share a word
    // with the event (one that shares none cannot score).
    for (RecordIndex.Entry c : index.commitmentsWithin(parties, eventStems)) {
      if (c.superseded
          || c.rejected
          || c.fulfilled
          || !parties.containsAll(c.parties)
          || Objects.equals(c.storyId, doc.story())) {
        continue;
      }
      if (c.onDate != null && on != null && !on.isAfter(c.onDate)) {
        continue; // an event before the commitment never realises it
      }
      double conf =
          scorer.score(
              c.words,
              c.parties,
              c.onDate,
              c.due == null ? null : c.due.latestDay(),
              eventStems,
              parties,
              on);
      if (conf > 0 && open(c.id)) {
        fulfil(c.id, eventId, on, conf, doc.doc().id());
      }
    }
  }

  /** A new commitment: did a later meeting or agreement already realise it? */
  void offerEventsTo(
      WrittenDocument doc,
      long id,
      List<String> parties,
      String action,
      LocalDate made,
      PartialDate due) {
    if (made == null) {
      return;
    }
    Set<String> want = memos.content(action);
    for (String type : new String[] {"meeting", "agreement"}) {
      // The dated events of other stories in which every party takes part, sharing a word with
      // the action.
      for (RecordIndex.Entry e : index.eventsWithWords(type, parties, want)) {
        if (e.onDate == null
            || Objects.equals(e.storyId, doc.story())
            || !e.parties.containsAll(parties)
            || !e.onDate.isAfter(made)) {
          continue;
        }
        double conf =
            scorer.score(
                want,
                parties,
                made,
                due == null ? null : due.latestDay(),
                e.words,
                e.parties,
                e.onDate);
        if (conf > 0 && open(id)) {
          fulfil(id, e.id, e.onDate, conf, null);
          return; // a fulfilled commitment is no longer open: later events cannot count
        }
      }
    }
  }

  /**
   * Whether a commitment is still open: not superseded, rejected or fulfilled. The index holds
   * these flags in step with the store (the writer sets them, anything else makes it reload), so
   * the store is asked only about a record the index does not hold: a query here would first run
   * every row queued in the batch (see {@link Db#updateDeferred}), once per candidate.
   */
  private boolean open(long commitmentId) {
    RecordIndex.Entry e = index.get(commitmentId);
    if (e != null) {
      return !e.superseded && !e.rejected && !e.fulfilled;
    }
    return db.one(
            "SELECT 1 FROM records r WHERE r.id = ? AND r.superseded_by IS NULL"
                + " AND (r.review IS NULL OR r.review <> 'rejected') AND NOT EXISTS"
                + " (SELECT 1 FROM status_events s WHERE s.record_id = r.id AND s.status = ?)",
            rs -> 1,
            commitmentId,
            CommitmentStatus.FULFILLED.name())
        .isPresent();
  }

  private void fulfil(long commitmentId, long eventId, LocalDate on, double conf, String docId) {
    RecordIndex.Entry c = index.get(commitmentId);
    if (c != null) {
      c.fulfilled = true;
    }
    rows.statusEvent(
        commitmentId,
        CommitmentStatus.FULFILLED,
        on,
        "realised by record "
            + eventId
            + (docId == null ? "" : " reported in " + docId)
            + " (word overlap, parties, timing)",
        eventId,
        conf,
        "ledger");
  }
}
