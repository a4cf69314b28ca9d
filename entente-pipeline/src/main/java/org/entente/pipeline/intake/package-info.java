/**
 * Reading documents: plain text, HTML (body, title and publication date from meta tags), RSS/Atom
 * feeds, JSON Lines corpora (gzip or not) and directories of these. Bad records are skipped with a
 * named reason, never fatal.
 */
package org.entente.pipeline.intake;
