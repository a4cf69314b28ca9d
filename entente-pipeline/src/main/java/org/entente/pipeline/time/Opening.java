package org.entente.pipeline.time;

/**
 * What the opening words in front of a core form allow it to be; {@link OpeningWords} reads them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param any some opening word stands before the core, or the core continues a list of years: most
 *     readings of a bare year want one, and so do a month or a weekday before another capitalised
 *     word, which may be part of a name
 * @param strong a strong preposition or a bound stands before the core, or the core continues a
 *     list of years: a month name that is also an ordinary word wants one when no day or year
 *     follows it, and a year before a lower-case word wants one unless a preposition or a
 *     conjunction follows
 * @param duration the last opening word counts an amount of time from publication ("within")
 */
record Opening(boolean any, boolean strong, boolean duration) {}
