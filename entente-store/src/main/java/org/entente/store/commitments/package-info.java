/**
 * The commitment lifecycle: pending → fulfilled, overdue, lapsed or superseded. {@link
 * org.entente.store.commitments.Lifecycle} derives the status as of any day from stored {@link
 * org.entente.store.commitments.StatusEvent events}; {@link
 * org.entente.store.commitments.FulfilmentScorer} scores a later meeting or agreement as evidence.
 */
package org.entente.store.commitments;
