/**
 * CAMEO and PLOVER event codes for meetings, agreements and commitments.
 *
 * <p>{@link org.entente.pipeline.codes.CodeTable} is the mapping, as data ({@code codes.tsv}, with
 * its choices and codebook references in {@code README.md} beside it); {@link
 * org.entente.pipeline.codes.EventCoder} is the stage, run last, that reads a record's kind, mode,
 * place, status or action words and attaches the code.
 */
package org.entente.pipeline.codes;
