/**
 * Data as data: states (ISO 3166-1 and historical), organisations and their institutions, capitals,
 * demonyms and cities, loaded once from the resource files beside these classes (format: README.md
 * there) and validated at start-up.
 *
 * <p>{@link org.entente.pipeline.gazetteer.Gazetteer} is the facade: {@code findActors} and {@code
 * findPlaces} walk a {@code WordTrie} from word starts for leftmost-longest whole-word matches,
 * with case rules, publication-date validity and context guards for ambiguous words. {@link
 * org.entente.pipeline.gazetteer.ActorMentionStage} puts the actor matches into an analysis. The
 * generated files come from npm packages through {@code tools/gazetteer/generate.mjs}.
 */
package org.entente.pipeline.gazetteer;
