package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.entente.server.EntenteServer;
import org.entente.server.ServerConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code entente serve}: the REST API and the dashboard over a ledger, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the REST API (/api, documented at /openapi.json) and the dashboard (/) over a"
          + " ledger. Writes (curation) need an API token: set ENTENTE_API_TOKEN or use"
          + " --token-file; without one the ledger is read-only."
    })
public final class ServeCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description = "SQLite file or jdbc:postgresql://… URL (default: ${DEFAULT-VALUE})",
      defaultValue = "entente.db")
  String db;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "File whose first line is the API token (else ENTENTE_API_TOKEN)")
  Path tokenFile;

  @Option(
      names = "--max-body",
      paramLabel = "BYTES",
      defaultValue = "1048576",
      description = "Largest request body accepted (default: ${DEFAULT-VALUE})")
  long maxBody;

  @Override
  public Integer call() throws Exception {
    Optional<String> token;
    ServerConfig config;
    try {
      token = ServerConfig.token(tokenFile, System.getenv(ServerConfig.TOKEN_ENV));
      config = ServerConfig.of(db, port).withHost(host).withToken(token).withMaxBodyBytes(maxBody);
    } catch (IllegalArgumentException | java.io.IOException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return serve(config, spec.commandLine().getOut());
  }

  /** Starts a server, prints where it is, and blocks until the process is stopped. */
  static int serve(ServerConfig config, PrintWriter out) throws InterruptedException {
    try (EntenteServer server = EntenteServer.start(config)) {
      out.println("Entente is serving " + config.db() + " at " + server.url());
      out.println(
          config.token().isPresent()
              ? "Curation is enabled (API token configured)."
              : "Read-only: set ENTENTE_API_TOKEN or --token-file to enable curation.");
      out.println("Press Ctrl+C to stop.");
      out.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(server::close, "entente-stop"));
      server.join();
    }
    return 0;
  }
}
