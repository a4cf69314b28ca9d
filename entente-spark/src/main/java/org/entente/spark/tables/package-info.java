/** The flat, month-partitioned record tables derived in Spark from the extraction JSON. */
package org.entente.spark.tables;
