package org.entente.pipeline.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Reads a JSON Lines corpus (one object a line with keys {@code id}, {@code published}, {@code
 * title}, {@code text}, {@code source}) lazily, line by line, in bounded memory: a line longer than
 * {@link ReadOptions#maxLineChars()} is skipped without being held. A malformed line, a missing or
 * non-string {@code id} or {@code text}, a non-string {@code title}, {@code published} or {@code
 * source}, or a text over {@link ReadOptions#maxChars()} is a {@link ReadResult.BadRecord} named
 * {@code file:line}; blank lines are skipped; duplicate ids are the caller's business. Not
 * thread-safe: one instance per input.
 */
final class JsonLinesReader implements Iterator<ReadResult> {

  private static final int BUFFER = 64 * 1024;

  private final Reader in;
  private final String where;
  private final String defaultSource;
  private final ReadOptions opts;
  private final char[] buffer = new char[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private int lineNumber;
  private ReadResult next;
  private boolean terminated;
  private boolean breakReported;
  private final CompressedInput compressed;

  /**
   * @param compressed the decompressing stream under {@code in}, whose early end is reported as a
   *     bad record at the line where it broke off; null for uncompressed input
   */
  JsonLinesReader(
      Reader in, String where, String defaultSource, ReadOptions opts, CompressedInput compressed) {
    this.in = in;
    this.where = where;
    this.defaultSource = defaultSource;
    this.opts = opts;
    this.compressed = compressed;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      String line;
      try {
        line = readLine();
      } catch (IOException e) {
        next =
            new ReadResult.BadRecord(
                where + ":" + (lineNumber + 1), "unreadable: " + e.getMessage());
        eof = true;
        break;
      }
      String broken = compressed == null || breakReported ? null : compressed.failure();
      if (line == null) {
        if (broken == null) {
          return false;
        }
        breakReported = true;
        next =
            new ReadResult.BadRecord(
                where + ":" + (lineNumber + 1),
                broken + ": nothing after line " + lineNumber + " could be read");
        break;
      }
      if (broken != null && !terminated) {
        // The last line read is the one the break cut in two: never parse half a record.
        breakReported = true;
        next =
            new ReadResult.BadRecord(
                where + ":" + lineNumber,
                broken + ": this record is cut off; nothing after it could be read");
        break;
      }
      if (line == TOO_LONG) {
        next =
            new ReadResult.BadRecord(
                where + ":" + lineNumber,
                "record longer than " + opts.maxLineChars() + " characters");
      } else if (!line.isBlank()) {
        next = JsonRecord.parseLine(line, where + ":" + lineNumber, defaultSource, opts);
      }
    }
    return true;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult r = next;
    next = null;
    return r;
  }

  /** Marks a line that exceeded the cap; compared by identity. */
  @SuppressWarnings("StringOperationCanBeSimplified")
  private static final String TOO_LONG = new String("<too long>");

  /** The next line without its terminator, {@link #TOO_LONG}, or null at the end. */
  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder();
    terminated = false;
    boolean overflow = false;
    boolean any = false;
    while (true) {
      if (pos == limit) {
        if (eof) {
          break;
        }
        int n = in.read(buffer, 0, BUFFER);
        if (n < 0) {
          eof = true;
          break;
        }
        pos = 0;
        limit = n;
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      if (!overflow) {
        if (line.length() + (pos - start) > opts.maxLineChars()) {
          overflow = true;
          line = new StringBuilder();
        } else {
          line.append(buffer, start, pos - start);
        }
      }
      if (pos < limit) {
        pos++; // the '\n'
        terminated = true;
        break;
      }
    }
    if (!any) {
      return null;
    }
    lineNumber++;
    if (overflow) {
      return TOO_LONG;
    }
    int len = line.length();
    if (len > 0 && line.charAt(len - 1) == '\r') {
      line.setLength(len - 1);
    }
    return line.toString();
  }

  /** Closes the underlying reader. */
  void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
