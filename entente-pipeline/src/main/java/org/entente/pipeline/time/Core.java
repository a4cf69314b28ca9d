package org.entente.pipeline.time;

/**
 * The core form of a time expression, read up to token {@code to} (exclusive): a calendar day, a
 * month, a year, a weekday, a relative word, a part of a period or an amount of time. The {@link
 * DateGrammar} puts the opening words in front of it to make a {@link DateGrammar.Match}.
 *
 * <p>Immutable and thread-safe.
 */
record Core(int to, TimeExpression expr) {}
