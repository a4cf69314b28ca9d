package org.entente.spark.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.pipeline.intake.Dates;
import org.entente.pipeline.intake.ReadOptions;

/**
 * One JSON Lines corpus record ({@code id, published, title, text, source}) to a {@link Document},
 * with the rules of the pipeline's JSON Lines intake ({@code DocumentSource}), so that the job and
 * {@code entente extract} see the same documents: a malformed line, a non-object, a missing or
 * non-string {@code id} or {@code text}, a non-string {@code title}, {@code published} or {@code
 * source}, a line longer than {@code 2 × maxChars + 64 Ki} or a text longer than {@code maxChars}
 * is rejected with a reason; an unreadable {@code published} leaves the default date. Stateless and
 * thread-safe.
 */
public final class CorpusLine {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CorpusLine() {}

  /** The outcome of parsing one line: a document or the reason there is none. */
  public sealed interface Parsed permits Accepted, Rejected {}

  /** A document read from the line. */
  public record Accepted(Document document) implements Parsed {}

  /**
   * A line that yields no document.
   *
   * @param id the record's id when it could be read, else null
   * @param reason why, in words a person can act on
   */
  public record Rejected(String id, String reason) implements Parsed {}

  /** Parses {@code line}; never throws on content. */
  public static Parsed parse(String line, String defaultSource, ReadOptions opts) {
    long maxLine = Math.min(Integer.MAX_VALUE - 16L, 2L * opts.maxChars() + 65_536);
    if (line.length() > maxLine) {
      return new Rejected(null, "record longer than " + maxLine + " characters");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return new Rejected(null, "malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new Rejected(null, "not a JSON object");
    }
    String id = null;
    try {
      id = string(node, "id");
      String text = string(node, "text");
      String title = string(node, "title");
      String published = string(node, "published");
      String source = string(node, "source");
      if (id == null || id.isBlank()) {
        return new Rejected(null, "missing id");
      }
      if (text == null) {
        return new Rejected(id, "missing text");
      }
      if (text.length() > opts.maxChars()) {
        return new Rejected(
            id, "text longer than " + opts.maxChars() + " characters (" + text.length() + ")");
      }
      LocalDate date = date(published);
      return new Accepted(
          new Document(
              id,
              source != null ? source : defaultSource,
              date != null ? date : opts.defaultPublished(),
              title,
              text));
    } catch (IllegalArgumentException e) {
      return new Rejected(id != null ? id : idOrNull(node), e.getMessage());
    }
  }

  /** {@code d} as a corpus line, the inverse of {@link #parse}. */
  public static String toLine(Document d) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", d.id());
    o.put("published", d.published() == null ? null : d.published().toString());
    o.put("title", d.title());
    o.put("text", d.text());
    o.put("source", d.source());
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String idOrNull(JsonNode node) {
    JsonNode v = node.get("id");
    return v != null && v.isTextual() ? v.textValue() : null;
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

  /** A publication date as the pipeline's intake reads it ({@link Dates#parse}). */
  static LocalDate date(String s) {
    return Dates.parse(s);
  }
}
