package org.entente.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the OpenAPI 3.0 document of a route table: one operation per route, its path and query
 * parameters, its JSON body, and the error answers it can give (all in the {@code Error} schema).
 */
public final class OpenApi {

  private OpenApi() {}

  /** The document as nested maps and lists, ready for a JSON writer. */
  public static Map<String, Object> document(List<Route> routes) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put(
        "info",
        Map.of(
            "title", "Entente API",
            "version", "0.1.0",
            "description",
                "The ledger of relations between states and organisations. Lists are pages"
                    + " {items, total, limit, offset, next} (next: the offset of the next page,"
                    + " null on the last); errors are {status, error, message,"
                    + " fields?}. Writes need Authorization: Bearer <token>."));
    Map<String, Object> paths = new TreeMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item =
          (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      item.put(r.method().name().toLowerCase(Locale.ROOT), operation(r));
    }
    doc.put("paths", paths);
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "object");
    error.put("required", List.of("status", "error", "message"));
    error.put(
        "properties",
        Map.of(
            "status", Map.of("type", "integer"),
            "error", Map.of("type", "string"),
            "message", Map.of("type", "string"),
            "fields",
                Map.of(
                    "type",
                    "object",
                    "description",
                    "parameter or body field → what is wrong with it",
                    "additionalProperties",
                    Map.of("type", "string"))));
    doc.put(
        "components",
        Map.of(
            "schemas", Map.of("Error", error),
            "securitySchemes", Map.of("token", Map.of("type", "http", "scheme", "bearer"))));
    return doc;
  }

  private static Map<String, Object> operation(Route r) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("tags", List.of(r.tag()));
    op.put("summary", r.summary());
    op.put(
        "operationId",
        r.method().name().toLowerCase(Locale.ROOT)
            + r.path().replaceAll("[^A-Za-z0-9]+", "_").replaceAll("_$", ""));
    if (!r.params().isEmpty()) {
      op.put("parameters", r.params().stream().map(OpenApi::parameter).toList());
    }
    if (r.body() != null) {
      op.put(
          "requestBody",
          Map.of(
              "required",
              true,
              "description",
              r.body(),
              "content",
              Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
    }
    if (r.write()) {
      op.put("security", List.of(Map.of("token", List.of())));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    // a write POST to a collection (no path parameter) creates something
    responses.put(
        r.write() && r.method().name().equals("POST") && !r.path().contains("{") ? "201" : "200",
        Map.of("description", "OK", "content", Map.of(r.produces(), Map.of())));
    boolean hasInput = !r.params().isEmpty() || r.body() != null;
    if (hasInput) {
      responses.put("400", error("invalid parameters, with a field → problem map"));
    }
    if (r.path().contains("{")) {
      responses.put("404", error("no such resource"));
    }
    if (r.write()) {
      responses.put("401", error("missing or wrong API token"));
      responses.put("403", error("writes are disabled: no API token configured"));
      responses.put(
          "409",
          error(
              "a conflict: the record changed since it was read or is rejected; a watchlist of"
                  + " that name exists"));
    }
    if (r.body() != null) {
      responses.put("413", error("request body too large"));
    }
    op.put("responses", responses);
    return op;
  }

  private static Map<String, Object> parameter(Route.Param p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", p.name());
    m.put("in", p.in().name().toLowerCase(Locale.ROOT));
    m.put("required", p.in() == Route.In.PATH);
    m.put("description", p.description());
    m.put(
        "schema",
        p.type().equals("date")
            ? Map.of("type", "string", "format", "date")
            : Map.of("type", p.type()));
    return m;
  }

  private static Map<String, Object> error(String description) {
    return Map.of(
        "description",
        description,
        "content",
        Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
  }
}
