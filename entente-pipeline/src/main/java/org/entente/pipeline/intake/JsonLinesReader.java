package org.entente.pipeline.intake;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
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
  private char[] lineChars;
  private int lineStart;
  private int lineLength;

  /** Holds a line that two reads of the buffer cut in two; grown as needed and kept. */
  private char[] spill = new char[0];

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
      int line;
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
      if (line == END) {
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
      } else if (!isBlank(lineChars, lineStart, lineLength)) {
        next =
            JsonRecord.parseLine(
                lineChars, lineStart, lineLength, where + ":" + lineNumber, defaultSource, opts);
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

  /** What {@link #readLine()} found. */
  private static final int END = 0;

  private static final int LINE = 1;

  private static final int TOO_LONG = 2;

  /**
   * Reads the next line, without its terminator, into {@code lineChars[lineStart, lineStart +
   * lineLength)}: a range of the read buffer when the line lies in it whole (most lines), else of
   * {@link #spill}. The range stays valid until the next call.
   *
   * @return {@link #LINE}, {@link #TOO_LONG} when the line exceeds the cap, or {@link #END}
   */
  private int readLine() throws IOException {
    terminated = false;
    boolean overflow = false;
    boolean any = false;
    lineChars = buffer;
    lineStart = pos;
    lineLength = 0;
    while (true) {
      if (pos == limit) {
        if (eof) {
          break;
        }
        if (lineChars == buffer && lineLength > 0) {
          spill(0, buffer, lineStart, lineLength); // the refill overwrites the buffer
          lineStart = 0;
        }
        int n = in.read(buffer, 0, BUFFER);
        if (n < 0) {
          eof = true;
          break;
        }
        pos = 0;
        limit = n;
        if (lineChars == buffer) {
          lineStart = 0;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      if (!overflow) {
        if (lineLength + (pos - start) > opts.maxLineChars()) {
          overflow = true;
        } else if (lineChars != buffer) {
          spill(lineLength, buffer, start, pos - start);
        }
        lineLength += pos - start; // in the buffer, the line runs on from lineStart
      }
      if (pos < limit) {
        pos++; // the '\n'
        terminated = true;
        break;
      }
    }
    if (!any) {
      return END;
    }
    lineNumber++;
    if (overflow) {
      return TOO_LONG;
    }
    if (lineLength > 0 && lineChars[lineStart + lineLength - 1] == '\r') {
      lineLength--;
    }
    return LINE;
  }

  /**
   * Copies {@code chars[from, from + length)} to {@link #spill} at {@code at}, growing it, and
   * makes it the line's array.
   */
  private void spill(int at, char[] chars, int from, int length) {
    if (at + length > spill.length) {
      spill = Arrays.copyOf(spill, Math.max(at + length, 2 * spill.length));
    }
    System.arraycopy(chars, from, spill, at, length);
    lineChars = spill;
  }

  /** As {@link String#isBlank()} of the range: no surrogate is white space. */
  private static boolean isBlank(char[] chars, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return false;
      }
    }
    return true;
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
