package org.entente.store.watch;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing a watchlist's analyst is told about, derived from the ledger as of a day.
 *
 * @param kind what happened
 * @param on the day it happened or will happen (a deadline, an expected session)
 * @param relationship the followed relationship it belongs to, e.g. "EU–MAR"
 * @param recordId the ledger record it is about (for a mechanism, its last session), or null
 * @param recordType "meeting", "agreement" or "commitment", or null
 * @param title the record's title (meeting kind, agreement name, commitment action) or mechanism
 * @param summary one sentence for people, e.g. "due 2026-03-20 (in 10 days)"
 * @param days days from the "as of" day to {@code on}: negative in the past, or null
 * @param evidence the sources and evidence text behind the alert, possibly empty: those of the
 *     record, then those of the related record
 * @param relatedRecordId the record that fulfils a commitment, or null
 * @param mechanismId the mechanism of a session alert, or null
 */
public record Alert(
    AlertKind kind,
    LocalDate on,
    String relationship,
    Long recordId,
    String recordType,
    String title,
    String summary,
    Long days,
    List<Evidence> evidence,
    Long relatedRecordId,
    Long mechanismId) {

  /**
   * A source behind an alert: a document and the sentences of it that evidence the record.
   *
   * @param recordId the record the document evidences (the alert's or the fulfilling one)
   * @param docId the document
   * @param name its title or first words
   * @param published its publication day, or null
   * @param texts the evidence spans' text
   */
  public record Evidence(
      long recordId, String docId, String name, LocalDate published, List<String> texts) {}

  /** This alert with {@code evidence} behind it. */
  public Alert withEvidence(List<Evidence> evidence) {
    return new Alert(
        kind,
        on,
        relationship,
        recordId,
        recordType,
        title,
        summary,
        days,
        List.copyOf(evidence),
        relatedRecordId,
        mechanismId);
  }

  /** A stable identity for feeds: the same alert computed twice has the same key. */
  public String key() {
    return kind.code()
        + ":"
        + (recordId == null ? "m" + mechanismId : String.valueOf(recordId))
        + ":"
        + (on == null ? "undated" : on.toString());
  }
}
