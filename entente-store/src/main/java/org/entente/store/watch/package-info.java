/**
 * The analyst's watch: {@link org.entente.store.watch.Watchlist watchlists} kept in the ledger
 * ({@link org.entente.store.watch.Watchlists}), and the {@link org.entente.store.watch.Alert
 * alerts} they raise, derived from the ledger as of a day and never stored.
 *
 * <p>{@link org.entente.store.watch.Alerts} is the facade: it builds a {@link
 * org.entente.store.watch.WatchScope} (which records and mechanisms a watchlist follows) and asks
 * each {@link org.entente.store.watch.AlertSource} — commitment deadlines and outcomes, new records
 * on a followed pair, mechanism sessions, curators' changes — for the alerts of a period. {@link
 * org.entente.store.watch.Digest} groups them by relationship, most urgent first, and {@link
 * org.entente.store.watch.DigestWriter} writes a digest as Markdown, HTML (every text escaped) or
 * JSON.
 */
package org.entente.store.watch;
