/**
 * Dates and deadlines: absolute dates, dates relative to the publication date, and deadlines with
 * their kind (exact, latest, vague). Our own normaliser, table-driven, without date libraries
 * beyond {@code java.time}.
 *
 * <p>{@link org.entente.pipeline.time.DateWords} loads and validates the word lists ({@code
 * date-words.tsv}); {@code Tokens} splits text once; {@code DateGrammar} matches expressions
 * leftmost-longest in linear time, from a run of opening words ({@code OpeningWords}) and one core
 * form ({@code CalendarDates}, {@code NumericDates}, {@code Years}, {@code RelativeDates}, {@code
 * PeriodParts}, {@code TimeAmounts}); {@code TimeExpression} reads each against the publication
 * date; {@link org.entente.pipeline.time.DateNormaliser} is the facade and {@link
 * org.entente.pipeline.time.DateStage} the pipeline stage that fills {@code Analysis.dates()} with
 * {@link org.entente.pipeline.time.DateMention}s, each with a point, a future and a deadline
 * reading.
 */
package org.entente.pipeline.time;
