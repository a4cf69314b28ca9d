/**
 * Reading documents: {@link org.entente.pipeline.intake.DocumentSource} reads plain text, HTML
 * (body, title and publication date from meta tags), RSS/Atom feeds, JSON Lines corpora (gzip or
 * not, streamed) and directories of these into a stream of {@link
 * org.entente.pipeline.intake.ReadResult}s: a document, or a bad record skipped with its place and
 * reason, never fatal. {@link org.entente.pipeline.intake.ReadOptions} sets the default date, the
 * size cap and an optional charset.
 */
package org.entente.pipeline.intake;
