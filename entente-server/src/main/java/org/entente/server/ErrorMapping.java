package org.entente.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become answers: every error is JSON {@code {status, error, message,
 * fields?}}. {@link ApiException} keeps its status (400 with a field → problem map, 401, 403, 404,
 * 409, 413); Javalin's own errors (unknown route, body too large, wrong method) keep theirs;
 * anything else is a 500 whose details go to the log, not to the client.
 */
public final class ErrorMapping {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

  private ErrorMapping() {}

  public static void install(RoutesConfig routes) {
    routes.exception(
        ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage(), e.fields()));
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> write(ctx, e.getStatus(), message(e.getStatus(), e.getMessage()), Map.of()));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          write(ctx, 500, "internal error; see the server log", Map.of());
        });
    routes.error(
        404,
        ctx -> {
          if (ctx.result() == null || ctx.result().isEmpty()) {
            write(ctx, 404, "no such page or resource: " + Params.clip(ctx.path()), Map.of());
          }
        });
    routes.error(
        405, ctx -> write(ctx, 405, "method " + ctx.method() + " not allowed here", Map.of()));
  }

  private static String message(int status, String m) {
    if (status == 413) {
      return "request body too large";
    }
    return m == null || m.isBlank() ? reason(status) : m;
  }

  static void write(Context ctx, int status, String message, Map<String, String> fields) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", reason(status));
    body.put("message", message);
    if (!fields.isEmpty()) {
      body.put("fields", fields);
    }
    SecurityHeaders.apply(ctx);
    Responses.json(ctx, status, body);
  }

  static String reason(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 401 -> "unauthorized";
      case 403 -> "forbidden";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 409 -> "conflict";
      case 413 -> "payload too large";
      case 500 -> "internal error";
      default -> "error";
    };
  }
}
