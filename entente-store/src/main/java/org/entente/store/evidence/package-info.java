/**
 * Quotations of the ledger's sources for readers: {@link org.entente.store.evidence.Quotes} turns a
 * document id and an evidence span into a {@link org.entente.store.evidence.Quote} — the outlet,
 * the day, the title and the sentence the span lies in — for the brief and the scorecard.
 */
package org.entente.store.evidence;
