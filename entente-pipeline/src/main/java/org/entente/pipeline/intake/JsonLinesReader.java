package org.entente.pipeline.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.entente.model.Document;

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

  private static final ObjectMapper JSON = new ObjectMapper();
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

  JsonLinesReader(Reader in, String where, String defaultSource, ReadOptions opts) {
    this.in = in;
    this.where = where;
    this.defaultSource = defaultSource;
    this.opts = opts;
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
      if (line == null) {
        return false;
      }
      if (line == TOO_LONG) {
        next =
            new ReadResult.BadRecord(
                where + ":" + lineNumber,
                "record longer than " + opts.maxLineChars() + " characters");
      } else if (!line.isBlank()) {
        next = parse(line, where + ":" + lineNumber);
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

  private ReadResult parse(String line, String at) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new ReadResult.BadRecord(at, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new ReadResult.BadRecord(at, "not a JSON object");
    }
    String id;
    String text;
    String title;
    String published;
    String source;
    try {
      id = string(node, "id");
      text = string(node, "text");
      title = string(node, "title");
      published = string(node, "published");
      source = string(node, "source");
    } catch (IllegalArgumentException e) {
      return new ReadResult.BadRecord(at, e.getMessage());
    }
    if (id == null || id.isBlank()) {
      return new ReadResult.BadRecord(at, "missing id");
    }
    if (text == null) {
      return new ReadResult.BadRecord(at, "missing text");
    }
    if (text.length() > opts.maxChars()) {
      return new ReadResult.BadRecord(
          at, "text longer than " + opts.maxChars() + " characters (" + text.length() + ")");
    }
    List<String> warnings = new ArrayList<>();
    LocalDate date = Dates.parse(published);
    if (published != null && date == null) {
      warnings.add("published is not a date: " + published);
    }
    return new ReadResult.Read(
        new Document(
            id,
            source != null ? source : defaultSource,
            date != null ? date : opts.defaultPublished(),
            title,
            text),
        at,
        warnings);
  }

  /** The string value of {@code key}, null when absent or null; throws when not a string. */
  private static String string(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException(key + " is not a string");
    }
    return v.textValue();
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
