/**
 * Languages: which language a text is in and the word lists Entente reads it with.
 *
 * <p>{@link org.entente.pipeline.lang.LanguageStage} tells the language of each document ({@link
 * org.entente.pipeline.lang.LanguageDetector}, a profile of frequent words in {@code profiles.tsv})
 * or takes the one the user forces; {@link org.entente.pipeline.lang.ByLanguage} then runs, for
 * each step, the stage of that language: the English stages for English, the readers of {@link
 * org.entente.pipeline.lang.extract} over the language's {@link org.entente.pipeline.lang.Lexicon}
 * for French and Spanish, nothing for a language Entente does not read (a warning diagnostic says
 * so). Each language is one folder of resource files beside these classes ({@code fr/}, {@code
 * es/}): state names and demonyms for the gazetteer, titles, meeting triggers, instruments and
 * their statuses, commitment triggers, date words and topic cues. Codes, kinds, statuses and topics
 * are those of English, so that reports of one event in several languages give the same records.
 */
package org.entente.pipeline.lang;
