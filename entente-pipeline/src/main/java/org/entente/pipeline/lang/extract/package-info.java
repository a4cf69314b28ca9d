/**
 * The readers of French and Spanish texts, one stage per step of the English pipeline: {@link
 * org.entente.pipeline.lang.extract.LocalDateStage dates}, {@link
 * org.entente.pipeline.lang.extract.OfficialsReader officials}, {@link
 * org.entente.pipeline.lang.extract.MeetingReader meetings}, {@link
 * org.entente.pipeline.lang.extract.AgreementReader agreements} and {@link
 * org.entente.pipeline.lang.extract.CommitmentReader commitments}. They are driven by a {@link
 * org.entente.pipeline.lang.Lexicon} and share one view of the document ({@code LocalText}: folded
 * text, clauses, actors and officials of a span, the home state). Roles, actions and names stay in
 * the text's own words; everything else uses the English codes.
 */
package org.entente.pipeline.lang.extract;
