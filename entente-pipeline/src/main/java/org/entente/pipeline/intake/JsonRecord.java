package org.entente.pipeline.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.Document;

/**
 * One corpus record, a JSON object with the keys {@code id}, {@code published}, {@code title},
 * {@code text} and {@code source}, to a {@link Document}: the one rule for JSON Lines lines, {@code
 * .json} documents and the Spark job's records. A malformed line, a non-object, a missing or
 * non-string {@code id} or {@code text}, an empty text, a non-string {@code title}, {@code
 * published} or {@code source}, or a text over {@link ReadOptions#maxChars()} is a {@link
 * ReadResult.BadRecord}; an unreadable {@code published} leaves the default date with a warning.
 * Stateless and thread-safe.
 */
public final class JsonRecord {

  static final ObjectMapper JSON = new ObjectMapper();

  private JsonRecord() {}

  /**
   * Parses one JSON Lines line.
   *
   * @param line the line, without its terminator
   * @param at where it is, {@code file:line}
   * @param defaultSource the source of a record that names none
   */
  public static ReadResult parseLine(
      String line, String at, String defaultSource, ReadOptions opts) {
    if (line.length() > opts.maxLineChars()) {
      return new ReadResult.BadRecord(
          at, "record longer than " + opts.maxLineChars() + " characters");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new ReadResult.BadRecord(at, "malformed JSON: " + e.getOriginalMessage());
    }
    return fromNode(node, at, defaultSource, null, opts);
  }

  /**
   * As {@link #parseLine(String, String, String, ReadOptions)}, of the line {@code chars[offset,
   * offset + length)}: a reader parses its buffer in place, without a copy of each line.
   */
  static ReadResult parseLine(
      char[] chars, int offset, int length, String at, String defaultSource, ReadOptions opts) {
    if (length > opts.maxLineChars()) {
      return new ReadResult.BadRecord(
          at, "record longer than " + opts.maxLineChars() + " characters");
    }
    ReadResult flat = FlatRecord.read(chars, offset, length, at, defaultSource, opts);
    if (flat != null) {
      return flat;
    }
    JsonNode node;
    try (JsonParser parser = JSON.getFactory().createParser(chars, offset, length)) {
      node = JSON.readTree(parser);
    } catch (JsonProcessingException e) {
      return new ReadResult.BadRecord(at, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a parser over an array reads nothing else
    }
    return fromNode(node, at, defaultSource, null, opts);
  }

  /**
   * The {@code id} of a JSON Lines line when it can be read (a bad record's report names it), else
   * null. Never throws.
   */
  public static String idOf(String line) {
    if (line == null || line.length() > 1_000_000) {
      return null;
    }
    try {
      JsonNode v = JSON.readTree(line).get("id");
      return v != null && v.isTextual() ? v.textValue() : null;
    } catch (JsonProcessingException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The record {@code node}, or why it is none.
   *
   * @param defaultId the id of a record that has none, or null when an id is required
   */
  static ReadResult fromNode(
      JsonNode node, String at, String defaultSource, String defaultId, ReadOptions opts) {
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
      if (source == null) {
        source = string(node, "url"); // a crawler's field for the page's address
      }
    } catch (IllegalArgumentException e) {
      return new ReadResult.BadRecord(at, e.getMessage());
    }
    return fromFields(id, text, title, published, source, at, defaultSource, defaultId, opts);
  }

  /**
   * The record of the string fields of an object (null for absent or null), or why it is none; see
   * {@link #fromNode}.
   */
  static ReadResult fromFields(
      String id,
      String text,
      String title,
      String published,
      String source,
      String at,
      String defaultSource,
      String defaultId,
      ReadOptions opts) {
    if (id == null || id.isBlank()) {
      if (defaultId == null) {
        return new ReadResult.BadRecord(at, "missing id");
      }
      id = defaultId;
    }
    if (text == null) {
      return new ReadResult.BadRecord(at, "missing text");
    }
    if (text.isBlank()) {
      return new ReadResult.BadRecord(at, "empty text");
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
            title != null ? title : opts.defaultTitle(),
            text),
        at,
        warnings);
  }

  /** {@code d} as a corpus line, the inverse of {@link #parseLine}. */
  public static String toLine(Document d) {
    com.fasterxml.jackson.databind.node.ObjectNode o = JSON.createObjectNode();
    o.put("id", d.id());
    o.put("published", d.published() == null ? null : d.published().toString());
    o.put("title", d.title());
    o.put("text", d.text());
    o.put("source", d.source());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
}
