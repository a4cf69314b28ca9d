/** Near-duplicate grouping of articles in Spark with the ledger's MinHash and LSH banding. */
package org.entente.spark.stories;
