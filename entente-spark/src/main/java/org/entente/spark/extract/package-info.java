/**
 * Extraction on the executors: {@link org.entente.spark.extract.PipelineHolder} holds the one
 * pipeline of an executor JVM, {@link org.entente.spark.extract.DocumentExtraction} runs it over a
 * partition, and {@link org.entente.spark.extract.JobCounters} counts records and bad records in
 * accumulators.
 */
package org.entente.spark.extract;
