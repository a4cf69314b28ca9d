package org.entente.server;

import java.util.Map;
import java.util.TreeMap;

/**
 * An answer other than success, with its HTTP status; {@link ErrorMapping} writes it as JSON.
 * {@code fields} maps a parameter or body field to what is wrong with it (400 only).
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Map<String, String> fields;

  private ApiException(int status, String message, Map<String, String> fields) {
    super(message);
    this.status = status;
    this.fields = Map.copyOf(new TreeMap<>(fields));
  }

  public int status() {
    return status;
  }

  public Map<String, String> fields() {
    return fields;
  }

  public static ApiException badRequest(Map<String, String> fields) {
    return new ApiException(400, "invalid parameters", fields);
  }

  public static ApiException badRequest(String field, String problem) {
    return badRequest(Map.of(field, problem));
  }

  public static ApiException unauthorized(String message) {
    return new ApiException(401, message, Map.of());
  }

  public static ApiException forbidden(String message) {
    return new ApiException(403, message, Map.of());
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, message, Map.of());
  }

  public static ApiException conflict(String message) {
    return new ApiException(409, message, Map.of());
  }

  public static ApiException tooLarge(long limit) {
    return new ApiException(413, "request body larger than " + limit + " bytes", Map.of());
  }
}
