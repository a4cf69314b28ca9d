/**
 * The compliance scorecard, the G7 Research Group's method made automatic: the commitments of an
 * actor or a pair that fell due in a period, how each ended ({@link
 * org.entente.store.scorecard.Outcome}: +1, 0 or −1), and their mean. {@link
 * org.entente.store.scorecard.Scorecards} computes {@link org.entente.store.scorecard.Scorecard}s
 * from the ledger; every number keeps the {@link org.entente.store.scorecard.ScoreLine}s behind it
 * with their evidence, and {@link org.entente.store.scorecard.ScorecardCsv} writes them as CSV.
 */
package org.entente.store.scorecard;
