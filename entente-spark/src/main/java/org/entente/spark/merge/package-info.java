/** Cross-document merging of meetings, agreements and commitments with the ledger's rules. */
package org.entente.spark.merge;
