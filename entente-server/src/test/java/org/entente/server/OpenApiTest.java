package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /openapi.json against the routes Javalin really registered, and against real requests. */
class OpenApiTest {

  static EntenteServer server;
  static Http http;

  /** Real values for path parameters in the test ledger. */
  static final Map<String, String> EXAMPLES =
      Map.of(
          "id", "1",
          "code", "MAR",
          "a", "EU",
          "b", "MAR",
          "format", "json",
          "name", "morocco");

  @BeforeAll
  static void start() {
    server = EntenteServer.start(ServerConfig.of(TestLedger.db().toString(), 0));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Set<String> documented(JsonNode doc) {
    Set<String> out = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> p = it.next();
      p.getValue()
          .fieldNames()
          .forEachRemaining(m -> out.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey()));
    }
    return out;
  }

  @Test
  void everyRegisteredRouteIsDocumentedAndNothingElse() {
    JsonNode doc = http.get("/openapi.json").json();
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> registered = new TreeSet<>();
    for (ParsedEndpoint e : server.javalin().unsafe.internalRouter.allHttpHandlers()) {
      HandlerType t = e.endpoint.method;
      if (t.isHttpMethod() && t != HandlerType.HEAD && t != HandlerType.OPTIONS) {
        registered.add(t.name() + " " + e.endpoint.path);
      }
    }
    assertThat(registered).hasSizeGreaterThan(20);
    assertThat(documented(doc)).isEqualTo(registered);
  }

  @Test
  void everyDocumentedGetIsServed() {
    JsonNode doc = http.get("/openapi.json").json();
    for (String op : documented(doc)) {
      if (!op.startsWith("GET ")) {
        continue;
      }
      String path = op.substring(4);
      if (path.equals("/api/documents/{id}")) {
        path = "/api/documents/test-eu-mar-1";
      } else if (path.equals("/api/stories/{id}")) {
        path = "/api/stories/test-eu-mar-1";
      } else if (path.equals("/api/search")) {
        path = "/api/search?q=morocco";
      } else if (path.equals("/api/dossier/{a}/{b}/records")) {
        path = "/api/dossier/EU/MAR/records?section=meetings";
      }
      for (Map.Entry<String, String> e : EXAMPLES.entrySet()) {
        path = path.replace("{" + e.getKey() + "}", e.getValue());
      }
      Http.Answer a = http.get(path);
      assertThat(a.status()).as(op + " → " + path + ": " + a.body()).isEqualTo(200);
    }
  }

  @Test
  void everyDocumentedWriteAnswersWithoutFallingThrough() {
    JsonNode doc = http.get("/openapi.json").json();
    for (String op : documented(doc)) {
      if (op.startsWith("GET ")) {
        continue;
      }
      String method = op.substring(0, op.indexOf(' '));
      String path = op.substring(op.indexOf(' ') + 1);
      for (Map.Entry<String, String> e : EXAMPLES.entrySet()) {
        path = path.replace("{" + e.getKey() + "}", e.getValue());
      }
      int status = http.send(method, path, "{}", null).status();
      assertThat(status).as(op).isIn(400, 403);
    }
  }
}
