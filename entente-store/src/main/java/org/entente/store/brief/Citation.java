package org.entente.store.brief;

import java.time.LocalDate;

/**
 * A numbered source of a brief, listed at its end.
 *
 * @param number its number in the brief, from 1, in order of first citation
 * @param docId the document, or null when the ledger itself is the source (a record entered by a
 *     curator that no document reports)
 * @param outlet where the document came from, or null when unknown
 * @param published the document's day, or null when undated
 * @param title the document's title or first words (untrusted text)
 * @param text the evidence sentence (untrusted text)
 */
public record Citation(
    int number, String docId, String outlet, LocalDate published, String title, String text) {}
