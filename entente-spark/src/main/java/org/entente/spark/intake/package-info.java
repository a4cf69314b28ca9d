/**
 * Inputs of the Spark job: {@link org.entente.spark.intake.InputFiles} lists files on any Hadoop
 * file system, {@link org.entente.spark.intake.CorpusReader} reads them into unparsed {@link
 * org.entente.spark.intake.SourceLine}s, and {@link org.entente.spark.intake.CorpusLine} parses a
 * corpus line with the pipeline intake's rules.
 */
package org.entente.spark.intake;
