/**
 * The JSON form of an extraction, with the field names and codes of the annotation guidelines
 * ({@code ../shared/eval/GUIDELINES.md}), so that output can be scored by the reference scorer and
 * read by other tools.
 */
package org.entente.pipeline.json;
