/**
 * Sentences and tokens, robust to abbreviations, datelines, quotes, headlines and lists.
 *
 * <p>{@link org.entente.pipeline.text.SentenceSplitter} is the stage: it cuts the repaired text
 * into segments from its line layout ({@code TextLayout}: blank lines, headings, list items),
 * tokenizes each segment with the {@link org.entente.pipeline.text.Tokenizer}, and ends sentences
 * after stops according to the next token. Word lists are data: {@code abbreviations.txt} ({@link
 * org.entente.pipeline.text.Abbreviations}) and {@code sentence-starters.txt} ({@link
 * org.entente.pipeline.text.SentenceStarters}), loaded and validated once. Everything here is
 * linear in the length of the text and never throws on content.
 */
package org.entente.pipeline.text;
