package org.entente.store.evidence;

import java.time.LocalDate;

/**
 * A source as a reader cites it.
 *
 * @param docId the document
 * @param outlet where it came from (the document's source: a file, feed or outlet name), or null
 * @param published its day, or null when undated
 * @param title its title or first words
 * @param text the evidence sentence (untrusted document text), or the document's lead when no span
 *     is known
 */
public record Quote(String docId, String outlet, LocalDate published, String title, String text) {}
