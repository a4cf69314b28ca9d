/**
 * Scoring extractions against gold annotations with the matching rules of the reference scorer
 * ({@code ../shared/eval/score.py}): per-category precision, recall and F1, deadline and place
 * accuracy, and per-document lists of missed and spurious records.
 */
package org.entente.pipeline.eval;
