/**
 * Meetings, agreements and commitments, with parties, place, date, deadline and evidence.
 *
 * <p>All three stages read one {@link org.entente.pipeline.events.EventContext} per document
 * (sentences with their actors, officials, dates and places; the dateline; groups whose members the
 * text lists). {@link org.entente.pipeline.events.MeetingExtractor} drafts meetings sentence by
 * sentence and {@link org.entente.pipeline.events.MeetingMerge} joins the drafts into one record
 * per meeting. {@link org.entente.pipeline.events.AgreementExtractor} reads instrument names and
 * drops re-descriptions ({@link org.entente.pipeline.events.AgreementRementions}). {@link
 * org.entente.pipeline.events.CommitmentExtractor} reads undertakings with {@link
 * org.entente.pipeline.events.ActionReader}, adds occasions dated ahead ({@link
 * org.entente.pipeline.events.ScheduledOccasions}), dates undertakings by the occasion they name
 * ({@link org.entente.pipeline.events.EventDeadlines}) and folds one undertaking told twice ({@link
 * org.entente.pipeline.events.OccasionMerge}). Word lists are resource files next to the classes.
 */
package org.entente.pipeline.events;
