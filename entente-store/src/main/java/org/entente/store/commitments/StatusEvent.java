package org.entente.store.commitments;

import java.time.LocalDate;

/**
 * One change of a commitment's status.
 *
 * @param status the new status
 * @param on the day it took effect, or null when unknown
 * @param reason a sentence for people
 * @param evidenceRecordId the ledger record that fulfils or supersedes it, or null
 * @param confidence 0–1 for automatic fulfilment, or null
 * @param author "ledger" for automatic changes, else the curator
 */
public record StatusEvent(
    CommitmentStatus status,
    LocalDate on,
    String reason,
    Long evidenceRecordId,
    Double confidence,
    String author) {}
