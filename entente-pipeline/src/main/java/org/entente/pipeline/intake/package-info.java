/**
 * Reading documents, the one intake of every command and of the Spark job: {@link
 * org.entente.pipeline.intake.DocumentSource} reads plain text (title line and dateline
 * conventions), HTML (body, title and publication date from meta tags), RSS/Atom feeds, JSON
 * documents and arrays, JSON Lines corpora (gzip or not, streamed; a truncated or corrupt gzip
 * yields every complete record before the break), PDF (PDFBox), Word and OpenDocument text (POI,
 * content.xml) with their layout repaired, and directories of these into a stream of {@link
 * org.entente.pipeline.intake.ReadResult}s: a document, or a bad record skipped with its place and
 * reason, never fatal. {@link org.entente.pipeline.intake.JsonRecord} is the one rule for a corpus
 * record; {@link org.entente.pipeline.intake.SkipReport} names and counts what was skipped and
 * gives the exit code; {@link org.entente.pipeline.intake.ReadOptions} sets the default date and
 * title, the size cap and an optional charset.
 */
package org.entente.pipeline.intake;
