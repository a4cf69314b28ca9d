package org.entente.pipeline.lang.extract;

import org.entente.model.Span;

/**
 * An official a French or Spanish text names, as {@link OfficialsReader} reads it: {@code told}
 * when the text states the affiliation, not when it is the home state guessed.
 */
record FoundOfficial(String name, String role, String affiliation, Span span, boolean told) {}
