package org.entente.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How a server runs.
 *
 * @param db the store: a SQLite file or a {@code jdbc:postgresql://…} URL
 * @param host the address to listen on (loopback by default)
 * @param port the port, 0 for a free one
 * @param token the API token that writes need; empty means writes are refused (403)
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param readers how many store connections serve reads at once
 */
public record ServerConfig(
    String db, String host, int port, Optional<String> token, long maxBodyBytes, int readers) {

  /** The environment variable holding the API token. */
  public static final String TOKEN_ENV = "ENTENTE_API_TOKEN";

  public static final long DEFAULT_MAX_BODY = 1 << 20;

  public ServerConfig {
    Objects.requireNonNull(db, "db");
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0–65535: " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("body limit must be at least 1024 bytes");
    }
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be positive");
    }
    token.ifPresent(
        t -> {
          if (t.length() < 16) {
            throw new IllegalArgumentException("an API token must have at least 16 characters");
          }
        });
  }

  /** A configuration with defaults: loopback, no token, 1 MiB bodies, 4 readers. */
  public static ServerConfig of(String db, int port) {
    return new ServerConfig(db, "127.0.0.1", port, Optional.empty(), DEFAULT_MAX_BODY, 4);
  }

  public ServerConfig withToken(Optional<String> t) {
    return new ServerConfig(db, host, port, t, maxBodyBytes, readers);
  }

  public ServerConfig withHost(String h) {
    return new ServerConfig(db, h, port, token, maxBodyBytes, readers);
  }

  public ServerConfig withMaxBodyBytes(long n) {
    return new ServerConfig(db, host, port, token, n, readers);
  }

  /**
   * The token from a file (first line, stripped) when given, else from {@link #TOKEN_ENV}, else
   * none. There is never a default token.
   *
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when the file is empty
   */
  public static Optional<String> token(Path tokenFile, String env) throws IOException {
    if (tokenFile != null) {
      String t = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      int nl = t.indexOf('\n');
      t = (nl < 0 ? t : t.substring(0, nl)).strip();
      if (t.isEmpty()) {
        throw new IllegalArgumentException("token file " + tokenFile + " is empty");
      }
      return Optional.of(t);
    }
    return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
  }
}
