package org.entente.pipeline.intake;

import java.nio.charset.Charset;
import java.time.LocalDate;

/**
 * How inputs are read.
 *
 * <p>Size policy: a plain-text, HTML or feed file is read up to {@code 4 × maxChars} bytes and its
 * text cut to {@code maxChars} characters, with a warning on the document (a huge file still yields
 * its beginning). A JSON Lines record whose text exceeds {@code maxChars}, or whose line exceeds
 * {@code 2 × maxChars + 64 Ki} characters, is a {@link ReadResult.BadRecord}: a corpus record is
 * kept whole or not at all.
 *
 * @param defaultPublished the publication date for documents that do not carry one; may be null
 * @param maxChars the largest text kept, in characters; at least 1
 * @param charset the charset of plain-text and HTML inputs, or null to detect it
 * @param defaultTitle the title for documents that carry none (and whose text has no title line);
 *     may be null
 */
public record ReadOptions(
    LocalDate defaultPublished, int maxChars, Charset charset, String defaultTitle) {

  /** The default cap: 5 million characters (about 5 MB of text). */
  public static final int DEFAULT_MAX_CHARS = 5_000_000;

  public ReadOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive, not " + maxChars);
    }
  }

  /** No default date, the default cap, detected charsets. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, DEFAULT_MAX_CHARS, null, null);
  }

  public ReadOptions withDefaultPublished(LocalDate date) {
    return new ReadOptions(date, maxChars, charset, defaultTitle);
  }

  public ReadOptions withMaxChars(int max) {
    return new ReadOptions(defaultPublished, max, charset, defaultTitle);
  }

  public ReadOptions withCharset(Charset cs) {
    return new ReadOptions(defaultPublished, maxChars, cs, defaultTitle);
  }

  public ReadOptions withDefaultTitle(String title) {
    return new ReadOptions(defaultPublished, maxChars, charset, title);
  }

  /** The most bytes read from a single non-JSON-Lines file. */
  long maxBytes() {
    return Math.min(Integer.MAX_VALUE - 16L, 4L * maxChars);
  }

  /** The largest PDF, Word or OpenDocument file read (they are read whole, images and all). */
  long maxDocumentBytes() {
    return Math.min(Integer.MAX_VALUE - 16L, 20L * maxChars);
  }

  /** The longest JSON Lines line accepted, in characters. */
  public int maxLineChars() {
    return (int) Math.min(Integer.MAX_VALUE - 16L, 2L * maxChars + 65_536);
  }
}
