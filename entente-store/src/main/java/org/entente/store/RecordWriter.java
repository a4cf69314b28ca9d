package org.entente.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Deadline;
import org.entente.model.Meeting;
import org.entente.model.PartialDate;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.identity.Dates;
import org.entente.store.identity.RecordKeys;

/**
 * Writes a document's meetings, agreements and commitments: each is first matched against the
 * ledger ({@link RecordKeys} over the {@link RecordIndex}); a match gains a source and fills fields
 * it lacked, unless a curator set them; else it is a new record. A commitment with a different
 * deadline on the same action supersedes the earlier one. Every record is linked to the mechanism
 * its text names and offered for fulfilment ({@link FulfilmentMatcher}). Not thread-safe: owned by
 * the ingest writer.
 */
final class RecordWriter {

  private final Db db;
  private final RecordIndex index;
  private final RecordRows rows;
  private final MechanismLinker mechanisms;
  private final FulfilmentMatcher fulfilment;
  private final WordMemos memos;

  RecordWriter(
      Db db,
      RecordIndex index,
      RecordRows rows,
      MechanismLinker mechanisms,
      FulfilmentMatcher fulfilment,
      WordMemos memos) {
    this.db = db;
    this.index = index;
    this.rows = rows;
    this.mechanisms = mechanisms;
    this.fulfilment = fulfilment;
    this.memos = memos;
  }

  void meeting(WrittenDocument doc, Meeting m) {
    List<String> parties = LedgerWriter.sorted(m.parties());
    if (parties.size() < 2) {
      return;
    }
    PartialDate date = Dates.withYear(m.date(), doc.published());
    LocalDate on = Dates.onDate(m.date(), doc.published());
    String mode = m.mode() == null ? null : m.mode().name();
    RecordKeys.DateContext when = new RecordKeys.DateContext(date, on, doc.story());
    index.load(parties);
    RecordIndex.Entry match = null;
    for (RecordIndex.Entry c : index.withParties("meeting", parties)) {
      if (RecordKeys.sameMeeting(c.candidate(), parties, mode, m.place(), when)) {
        match = c;
        break;
      }
    }
    long id;
    if (match == null) {
      id =
          rows.add(
              doc, "meeting", parties, m.kind(), mode, m.kind(), null, m.place(), date, on, null,
              m.code(), m.spans());
    } else {
      id = match.id;
      Set<String> curated = rows.curatedFields(id);
      if (rows.fill(id, curated, "place", match.place, m.place())) {
        match.place = m.place();
      }
      if (rows.fill(id, curated, "mode", match.mode, mode)) {
        match.mode = mode;
      }
      if (date != null
          && !curated.contains("date")
          && (match.date == null || (date.isComplete() && !match.date.isComplete()))) {
        db.update(
            "UPDATE records SET date = ?, on_date = ? WHERE id = ?",
            date.toString(),
            LedgerWriter.iso(on),
            id);
        match.date = PartialDate.parse(date.toString());
        match.placeOn(on);
      }
    }
    rows.evidence(doc, id, m.spans());
    mechanisms.link(id, parties, m.kind() + " " + doc.evidenceText(m.spans()), true);
    fulfilment.offerAsFulfilment(doc, id, parties, m.kind(), m.spans(), on);
  }

  void agreement(WrittenDocument doc, Agreement a) {
    List<String> parties = LedgerWriter.sorted(a.parties());
    if (a.name() == null || a.name().isBlank()) {
      return;
    }
    PartialDate date = Dates.withYear(a.date(), doc.published());
    LocalDate on = Dates.onDate(a.date(), doc.published());
    index.load(parties);
    RecordIndex.Entry match = null;
    RecordKeys.AgreementWords nameWords = RecordKeys.AgreementWords.of(memos.words(a.name()));
    long onDay = on == null ? RecordKeys.NO_DAY : on.toEpochDay();
    for (RecordIndex.Entry t : index.agreementsSharing(parties)) {
      if (RecordKeys.sameEra(t.onDay, onDay)
          && RecordKeys.sameAgreement(t.parties, t.agreementWords, parties, nameWords)) {
        match = t;
        break;
      }
    }
    long id;
    String status = a.status() == null ? null : a.status().name();
    if (match == null) {
      id =
          rows.add(
              doc,
              "agreement",
              parties,
              a.name(),
              null,
              a.kind() == null ? null : a.kind().name(),
              status,
              null,
              date,
              on,
              null,
              a.code(),
              a.spans());
    } else {
      id = match.id;
      Set<String> curated = rows.curatedFields(id);
      if (status != null
          && !"REFERENCED".equals(status)
          && !curated.contains("status")
          && (match.onDate == null || on == null || !on.isBefore(match.onDate))) {
        db.update("UPDATE records SET status = ? WHERE id = ?", status, id);
      }
      for (String p : parties) {
        if (!match.parties.contains(p) && !curated.contains("parties")) {
          List<String> merged = new ArrayList<>(match.parties);
          merged.addAll(parties);
          merged = LedgerWriter.sorted(merged);
          db.update("UPDATE records SET parties = ? WHERE id = ?", String.join(",", merged), id);
          for (String q : merged) {
            // Queued, not run: running it would first run every queued row of the batch.
            db.updateDeferred(RecordRows.PARTY, id, q);
          }
          index.changeParties(match, List.copyOf(merged));
          break;
        }
      }
    }
    rows.evidence(doc, id, a.spans());
    mechanisms.link(id, parties, a.name() + " " + doc.evidenceText(a.spans()), false);
    if (status == null || !"REFERENCED".equals(status) && !"PROPOSED".equals(status)) {
      fulfilment.offerAsFulfilment(doc, id, parties, a.name(), a.spans(), on);
    }
  }

  void commitment(WrittenDocument doc, Commitment c) {
    List<String> parties = LedgerWriter.sorted(c.parties());
    if (parties.isEmpty() || c.action() == null || c.action().isBlank()) {
      return;
    }
    Deadline dl = c.deadline();
    PartialDate due = dl == null ? null : Dates.withYear(dl.due(), doc.published());
    LocalDate made = doc.published();
    index.load(parties);
    RecordIndex.Entry same = null;
    RecordIndex.Entry earlier = null;
    Set<String> actionWords = memos.words(c.action());
    long madeDay = made == null ? RecordKeys.NO_DAY : made.toEpochDay();
    for (RecordIndex.Entry k : index.commitmentsSharingAWord(parties, actionWords)) {
      if (!RecordKeys.sameEra(k.onDay, madeDay)
          || !RecordKeys.sameAction(k.parties, k.titleWords, parties, actionWords)) {
        continue;
      }
      if (RecordKeys.sameDue(k.due, due)) {
        same = k;
        break;
      }
      if (earlier == null) {
        earlier = k;
      }
    }
    long id;
    if (same != null) {
      id = same.id;
      Set<String> curated = rows.curatedFields(id);
      if (same.due == null && due != null && !curated.contains("due")) {
        db.update(
            "UPDATE records SET due = ?, due_kind = ?, due_text = ? WHERE id = ?",
            due.toString(),
            dl.kind().name(),
            dl.text(),
            id);
        same.due = PartialDate.parse(due.toString());
      }
    } else {
      id =
          rows.add(
              doc,
              "commitment",
              parties,
              c.action(),
              null,
              null,
              null,
              c.place(),
              null,
              made,
              // the deadline as stored: its year taken from the publication when the text gave none
              dl == null ? null : new Deadline(due, dl.kind(), dl.text(), dl.span()),
              c.code(),
              c.spans());
      rows.statusEvent(
          id,
          CommitmentStatus.PENDING,
          made,
          "reported in " + doc.doc().id(),
          null,
          null,
          "ledger");
      if (earlier != null) {
        supersede(earlier, id, made, due);
      }
      fulfilment.offerEventsTo(doc, id, parties, c.action(), made, due);
    }
    rows.evidence(doc, id, c.spans());
    mechanisms.link(id, parties, c.action() + " " + doc.evidenceText(c.spans()), false);
  }

  /** The later of two commitments on one action with different deadlines supersedes the other. */
  private void supersede(RecordIndex.Entry earlier, long newId, LocalDate made, PartialDate due) {
    boolean newIsLater = earlier.onDate == null || made == null || !made.isBefore(earlier.onDate);
    long old = newIsLater ? earlier.id : newId;
    long replacement = newIsLater ? newId : earlier.id;
    LocalDate on = newIsLater ? made : earlier.onDate;
    db.update("UPDATE records SET superseded_by = ? WHERE id = ?", replacement, old);
    index.get(old).superseded = true;
    rows.statusEvent(
        old,
        CommitmentStatus.SUPERSEDED,
        on,
        "superseded by record "
            + replacement
            + " with deadline "
            + (newIsLater ? due : earlier.due),
        replacement,
        null,
        "ledger");
  }
}
