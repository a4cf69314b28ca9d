package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that Jetty refuses before any route sees them still get the security headers. Sent over
 * a raw socket: an HTTP client would normalise the path first.
 */
class ContainerErrorsTest {

  static EntenteServer server;

  @BeforeAll
  static void start() {
    server = EntenteServer.start(ServerConfig.of(TestLedger.db().toString(), 0));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String raw(String requestLine) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(
          (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET /../.. HTTP/1.1",
        "GET /%2e%2e/%2e%2e/etc/passwd HTTP/1.1",
        "GET /a%00b HTTP/1.1",
        "GET /%zz HTTP/1.1"
      })
  void containerErrorPagesCarryTheSecurityHeaders(String requestLine) throws IOException {
    String answer = raw(requestLine);
    String head = answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n")));
    assertThat(head).as(answer).matches("(?s)HTTP/1.1 4\\d\\d .*");
    assertThat(head)
        .as(requestLine)
        .containsIgnoringCase("Content-Security-Policy: default-src 'self'")
        .containsIgnoringCase("X-Content-Type-Options: nosniff")
        .containsIgnoringCase("X-Frame-Options: DENY");
    assertThat(answer).doesNotContain("at org.eclipse");
  }
}
