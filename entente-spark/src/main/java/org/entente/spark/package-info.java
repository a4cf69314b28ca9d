/**
 * Entente on Apache Spark. {@link org.entente.spark.EntenteSpark} is the entry point ({@code
 * extract} and {@code load}); {@link org.entente.spark.ExtractJob} assembles the job from the
 * parts: {@code intake} lists and reads inputs, {@code extract} runs one pipeline per executor,
 * {@code tables} flattens the records, {@code stories} groups near-duplicate articles, {@code
 * merge} merges the same meeting, agreement or commitment across documents, and {@code load} brings
 * the result into the ledger.
 */
package org.entente.spark;
