package org.entente.pipeline.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The fields of a corpus line read straight from the parser's tokens, without the tree that {@link
 * JsonRecord} builds: one object whose values are all strings or nulls, each key at most once, and
 * nothing after it, the shape of every line of a corpus. Any other line is left to the tree reader,
 * which gives its result or its reason, so a line reads the same either way. Stateless and
 * thread-safe.
 */
final class FlatRecord {

  private FlatRecord() {}

  /**
   * The record of the line {@code chars[offset, offset + length)}, as {@link JsonRecord#fromNode}
   * makes it from the line's tree; null when the line is not of the flat shape (or not JSON).
   */
  static ReadResult read(
      char[] chars, int offset, int length, String at, String defaultSource, ReadOptions opts) {
    String[] values = new String[FIELDS.length];
    boolean[] seen = new boolean[FIELDS.length];
    try (JsonParser p = JsonRecord.JSON.getFactory().createParser(chars, offset, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME) {
          return null;
        }
        int field = field(p.currentName());
        JsonToken v = p.nextToken();
        if (v != JsonToken.VALUE_STRING && v != JsonToken.VALUE_NULL) {
          return null;
        }
        if (field >= 0) {
          if (seen[field]) {
            return null;
          }
          seen[field] = true;
          values[field] = v == JsonToken.VALUE_STRING ? p.getText() : null;
        }
      }
      if (p.nextToken() != null) {
        return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    String source = values[SOURCE] != null ? values[SOURCE] : values[URL];
    return JsonRecord.fromFields(
        values[ID],
        values[TEXT],
        values[TITLE],
        values[PUBLISHED],
        source,
        at,
        defaultSource,
        null,
        opts);
  }

  /** The keys that a record reads, by index. */
  private static final String[] FIELDS = {"id", "text", "title", "published", "source", "url"};

  private static final int ID = 0;
  private static final int TEXT = 1;
  private static final int TITLE = 2;
  private static final int PUBLISHED = 3;
  private static final int SOURCE = 4;
  private static final int URL = 5;

  private static int field(String name) {
    for (int k = 0; k < FIELDS.length; k++) {
      if (FIELDS[k].equals(name)) {
        return k;
      }
    }
    return -1;
  }
}
