package org.entente.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import org.entente.store.Json;

/** Writes answers as compact JSON (dates as YYYY-MM-DD). Thread-safe. */
public final class Responses {

  private static final ObjectMapper MAPPER =
      Json.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

  private Responses() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static void json(Context ctx, Object body) {
    json(ctx, 200, body);
  }

  public static void json(Context ctx, int status, Object body) {
    ctx.status(status).contentType("application/json; charset=utf-8").result(bytes(body));
  }

  public static byte[] bytes(Object body) {
    try {
      return MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
