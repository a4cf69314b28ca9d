/**
 * Exports of the ledger: JSON, CSV, iCalendar (deadlines and expected sessions) and a GDELT-like
 * event table with CAMEO and PLOVER codes; see {@link org.entente.store.export.Exporter}.
 */
package org.entente.store.export;
