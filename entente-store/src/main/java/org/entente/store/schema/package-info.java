/**
 * The ledger's schema: versioned SQL scripts per dialect in {@code
 * db/migration/{sqlite,postgresql}} and the {@link org.entente.store.schema.Migrations} runner that
 * applies them once each.
 */
package org.entente.store.schema;
