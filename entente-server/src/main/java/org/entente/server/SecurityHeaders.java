package org.entente.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Headers sent with every answer: a strict Content-Security-Policy (scripts, styles, images and
 * requests from this origin only; no inline scripts, inline styles or event handler attributes; no
 * framing), no MIME sniffing, no referrer. Jetty's own error pages get them from {@link
 * ContainerErrors}.
 */
public final class SecurityHeaders {

  public static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
          + " form-action 'self'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  public static void apply(Context ctx) {
    headers(ctx.path()).forEach(ctx::header);
  }

  /** The headers for an answer to {@code path} (which may be null), in order. */
  static Map<String, String> headers(String path) {
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Security-Policy", CSP);
    h.put("X-Content-Type-Options", "nosniff");
    h.put("X-Frame-Options", "DENY");
    h.put("Referrer-Policy", "no-referrer");
    h.put("Cross-Origin-Opener-Policy", "same-origin");
    if (path == null || path.startsWith("/api/")) {
      h.put("Cache-Control", "no-store");
    }
    return h;
  }
}
