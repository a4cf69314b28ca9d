/**
 * Inputs of the Spark job: {@link org.entente.spark.intake.InputFiles} lists files on any Hadoop
 * file system, {@link org.entente.spark.intake.CorpusReader} reads them into unparsed {@link
 * org.entente.spark.intake.SourceLine}s (plain JSON Lines split by Hadoop; every other file,
 * compressed corpora included, through the pipeline's {@code DocumentSource}), and the extraction
 * parses each line with the pipeline's {@code JsonRecord}: no intake rule of its own.
 */
package org.entente.spark.intake;
