package org.entente.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON request body, read with a size limit (413 beyond it, whatever the Content-Length says) and
 * validated field by field like {@link Params}. Not thread-safe; one per request.
 */
public final class Bodies {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode root;
  private final Map<String, String> errors = new LinkedHashMap<>();

  /** The largest refused body that is still read to its end before the answer. */
  static final long DRAIN_LIMIT = 4L * 1024 * 1024;

  private Bodies(JsonNode root) {
    this.root = root;
  }

  /**
   * Reads the body of {@code ctx} as a JSON object.
   *
   * @throws ApiException 413 when longer than {@code limit} bytes, 400 when not a JSON object
   */
  public static Bodies read(Context ctx, long limit) {
    byte[] bytes = bytes(ctx, limit);
    if (bytes.length == 0) {
      throw ApiException.badRequest("body", "a JSON object is required");
    }
    try {
      JsonNode n = JSON.readTree(bytes);
      if (n == null || !n.isObject()) {
        throw ApiException.badRequest("body", "must be a JSON object");
      }
      return new Bodies(n);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("body", "not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("body", "unreadable");
    }
  }

  /** The raw body, at most {@code limit} bytes. */
  public static byte[] bytes(Context ctx, long limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      refuse(ctx, declared);
      throw ApiException.tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (b.length > limit) {
        throw ApiException.tooLarge(limit);
      }
      return b;
    } catch (IOException e) {
      throw ApiException.badRequest("body", "unreadable");
    }
  }

  /**
   * Prepares the refusal of a body announced too large. A modest one is read and dropped, so that
   * the client, still uploading, gets to read the answer instead of a reset; a huge one is not read
   * and the connection closes after the answer.
   */
  private static void refuse(Context ctx, long declared) {
    if (declared > DRAIN_LIMIT) {
      ctx.header("Connection", "close");
      return;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      in.skipNBytes(declared);
    } catch (IOException e) {
      ctx.header("Connection", "close"); // the client went away: nothing to drain
    }
  }

  public JsonNode root() {
    return root;
  }

  /** A text field, stripped; null when absent, null or blank. */
  public String string(String name, int maxLength) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      errors.put(name, "must be a string");
      return null;
    }
    String s = n.asText().strip();
    if (s.length() > maxLength) {
      errors.put(name, "at most " + maxLength + " characters");
      return null;
    }
    return s.isEmpty() ? null : s;
  }

  /** A text field exactly as sent (not stripped: offsets into it must hold); null when absent. */
  public String text(String name) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      errors.put(name, "must be a string");
      return null;
    }
    return n.asText();
  }

  public String required(String name, int maxLength) {
    String s = string(name, maxLength);
    if (s == null && !errors.containsKey(name)) {
      errors.put(name, "required");
    }
    return s;
  }

  public LocalDate date(String name) {
    String s = string(name, 10);
    if (s == null) {
      return null;
    }
    try {
      return LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      errors.put(name, "not a date (YYYY-MM-DD)");
      return null;
    }
  }

  /** A whole-number field, or null. */
  public Long number(String name) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.canConvertToLong() || !n.isIntegralNumber()) {
      errors.put(name, "must be a whole number");
      return null;
    }
    return n.asLong();
  }

  /** A JSON object field whose values are strings or null, or null when absent. */
  public Map<String, String> stringMap(String name) {
    JsonNode n = root.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isObject()) {
      errors.put(name, "must be an object of strings");
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    n.fields()
        .forEachRemaining(
            e -> {
              JsonNode v = e.getValue();
              if (v.isNull()) {
                out.put(e.getKey(), null);
              } else if (v.isTextual() && v.asText().length() <= 2000) {
                out.put(e.getKey(), v.asText());
              } else {
                errors.put(name + "." + e.getKey(), "must be a string of at most 2000 characters");
              }
            });
    return out;
  }

  public void problem(String name, String what) {
    errors.put(name, what);
  }

  /** Throws a 400 listing every problem found so far. */
  public void check() {
    if (!errors.isEmpty()) {
      throw ApiException.badRequest(errors);
    }
  }
}
