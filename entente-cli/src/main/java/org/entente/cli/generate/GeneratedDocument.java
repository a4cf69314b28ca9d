package org.entente.cli.generate;

import java.time.LocalDate;

/** One generated news document, in the fields of the JSON Lines corpora. */
public record GeneratedDocument(
    String id, LocalDate published, String title, String text, String source) {}
