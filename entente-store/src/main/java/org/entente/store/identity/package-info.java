/**
 * Cross-document identity: when two documents report the same meeting, agreement, commitment or
 * person, the ledger keeps one record with every source. {@link org.entente.store.identity.Words}
 * and {@link org.entente.store.identity.Dates} compare names, actions and partial dates; {@link
 * org.entente.store.identity.RecordKeys} decides whether a new record is an existing one; {@link
 * org.entente.store.identity.PersonNames} merges name variants.
 */
package org.entente.store.identity;
