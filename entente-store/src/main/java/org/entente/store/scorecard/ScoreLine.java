package org.entente.store.scorecard;

import java.time.LocalDate;
import java.util.List;
import org.entente.store.evidence.Quote;

/**
 * One commitment behind a score.
 *
 * @param recordId the commitment's ledger record
 * @param action what was promised (untrusted text)
 * @param parties its parties
 * @param due its deadline as stored (YYYY, YYYY-MM or YYYY-MM-DD), or null
 * @param dueText the deadline's words, or null
 * @param status its lifecycle status at the end of the period
 * @param outcome how it ended
 * @param curated whether a curator set the outcome
 * @param endedOn the day of its last status change, or null
 * @param reason why it has this outcome, for people
 * @param evidence the sentences that report the commitment
 * @param outcomeEvidence the sentences that report its fulfilment, when a record fulfils it
 */
public record ScoreLine(
    long recordId,
    String action,
    List<String> parties,
    String due,
    String dueText,
    String status,
    Outcome outcome,
    boolean curated,
    LocalDate endedOn,
    String reason,
    List<Quote> evidence,
    List<Quote> outcomeEvidence) {

  public int points() {
    return outcome.points();
  }
}
