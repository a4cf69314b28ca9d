/** Bulk load of a job's output into the ledger, in input order. */
package org.entente.spark.load;
