/**
 * Topic labels from the fixed taxonomy of the annotation guidelines ({@link
 * org.entente.model.Topic}).
 *
 * <p>{@link org.entente.pipeline.topics.TopicLexicon} holds the vocabulary ({@code topics.tsv},
 * {@code discussion-cues.tsv}); {@link org.entente.pipeline.topics.CuePhrases} matches weighted cue
 * phrases over tokens; {@link org.entente.pipeline.topics.TopicClassifier} is the stage, run after
 * the event extractors, that weighs cues by whether their sentence reports an event.
 */
package org.entente.pipeline.topics;
