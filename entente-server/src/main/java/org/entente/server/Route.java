package org.entente.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the route table: what {@link Routes} registers and {@link OpenApi} documents.
 *
 * @param write whether the route changes the ledger (needs the API token)
 * @param body what the JSON request body holds, or null when there is none
 * @param produces the response media type
 */
public record Route(
    HandlerType method,
    String path,
    String tag,
    String summary,
    List<Param> params,
    String body,
    boolean write,
    String produces,
    Handler handler) {

  public Route {
    Objects.requireNonNull(method);
    Objects.requireNonNull(path);
    Objects.requireNonNull(handler);
    params = List.copyOf(params);
  }

  /** Where a parameter is. */
  public enum In {
    PATH,
    QUERY
  }

  /**
   * A documented parameter.
   *
   * @param type an OpenAPI schema type: string, integer or date (a string in date format)
   */
  public record Param(String name, In in, String type, String description) {
    public static Param path(String name, String type, String description) {
      return new Param(name, In.PATH, type, description);
    }

    public static Param query(String name, String type, String description) {
      return new Param(name, In.QUERY, type, description);
    }
  }
}
