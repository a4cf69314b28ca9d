/**
 * The ledger: documents, stories and cross-document records in SQLite or PostgreSQL.
 *
 * <p>{@link org.entente.store.Ledger} is the facade: {@code Ledger.open(url)} migrates the schema
 * ({@code schema}), ingest extracts documents on a small pool and one writer stores them in batched
 * transactions; the writer groups near-duplicates into stories ({@code stories}), merges records
 * across documents ({@code identity}) — comparing each new record with those of its parties held in
 * memory ({@code RecordIndex}) — tracks commitments ({@code commitments}) and recurring bodies
 * ({@code mechanisms}). {@link org.entente.store.Queries} answers questions as of a day, {@link
 * org.entente.store.Curation} records people's corrections, {@code export} writes JSON, CSV,
 * iCalendar and event tables. Every value reaches SQL as a bind parameter.
 */
package org.entente.store;
