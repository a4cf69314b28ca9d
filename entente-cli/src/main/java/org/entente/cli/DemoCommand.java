package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.intake.SkipReport;
import org.entente.server.ServerConfig;
import org.entente.store.Ledger;
import org.entente.store.Views;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente demo}: ingests the bundled examples, the seeds of {@code ../shared/seeds} (with
 * their publication dates) and the communiqués of {@code ../shared/eval/communiques} (when present)
 * into a demo ledger — the genre Entente is for — then serves the dashboard over it on a fixed
 * port, or a free one when that is taken. With {@code --print}, extracts the examples and seeds and
 * prints them for a person to read instead.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a demo ledger from the bundled examples, the seeds and the annotated communiqués of"
          + " ../shared (when present) and serves the dashboard on it. --print shows the"
          + " extractions as text instead."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The dashboard's port unless told otherwise, so that a bookmark keeps working. */
  static final int DEFAULT_PORT = 7070;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description = "The Entente checkout (default: the launcher's folder or the current one).")
  Path home = Path.of(System.getProperty("entente.home", "."));

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      description = "The shared folder with seeds and corpora (default: HOME/../shared).")
  Path shared;

  @Option(
      names = "--print",
      description = "Print the extractions of the examples and seeds instead of serving.")
  boolean print;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "The demo ledger (default: HOME/target/demo.db).")
  Path db;

  @Option(
      names = "--port",
      defaultValue = "" + DEFAULT_PORT,
      description =
          "Port for the dashboard (default: ${DEFAULT-VALUE}; a free one when it is taken); 0"
              + " picks a free one.")
  int port;

  @Option(names = "--no-serve", description = "Build the demo ledger, then stop.")
  boolean noServe;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path sharedDir = shared != null ? shared : home.resolve("../shared");
    List<Path> inputs = new ArrayList<>();
    Path examples = home.resolve("examples/texts");
    if (Files.isDirectory(examples)) {
      inputs.add(examples);
    }
    Path seeds = sharedDir.resolve("seeds");
    if (Files.isDirectory(seeds)) {
      inputs.add(seeds);
    } else {
      out.println("(no seeds at " + seeds.normalize() + ": using the bundled examples only)");
    }
    if (inputs.isEmpty()) {
      spec.commandLine().getErr().println("entente: no examples found under " + home);
      return 1;
    }
    if (print) {
      return print(inputs, out);
    }
    Path communiques = sharedDir.resolve("eval/communiques");
    DemoInputs demo =
        new DemoInputs(
            Files.isDirectory(examples) ? List.of(examples) : List.of(),
            Files.isDirectory(seeds) ? seeds : null,
            Files.isDirectory(communiques) ? communiques : null);
    Path file = db != null ? db : home.resolve("target/demo.db");
    prepare(file, out);
    out.println("Ingesting " + demo.describe() + " into " + file.normalize() + " …");
    out.flush();
    SkipReport skips = new SkipReport(spec.commandLine().getErr());
    try (Ledger ledger = Ledger.open(file.toString())) {
      Views.IngestStats st =
          ledger.ingest(
              demo.read(),
              Entente.pipeline(),
              Ledger.IngestOptions.defaults(),
              (r, d) -> {},
              skips);
      out.printf(
          java.util.Locale.ROOT,
          "read %d, added %d, unchanged %d, skipped %d in %.1f s%n",
          st.read(),
          st.added() + st.updated(),
          st.unchanged(),
          skips.skipped(),
          st.seconds());
      demoWatchlist(ledger);
    }
    if (skips.exitCode() != 0) {
      spec.commandLine().getErr().println("entente: nothing could be read from " + inputs);
      return skips.exitCode();
    }
    if (noServe) {
      out.flush();
      return 0;
    }
    int chosen = port;
    if (port != 0 && !free(port)) {
      out.println("(port " + port + " is taken: serving on a free one)");
      chosen = 0;
    }
    return ServeCommand.serve(ServerConfig.of(file.toString(), chosen), out);
  }

  /** The demo's watchlist: the seeds' relationships, EU–MAR and FRA–MAR. */
  static final String DEMO_WATCHLIST = "morocco";

  /** Adds the demo watchlist when the ledger has none of that name. */
  static void demoWatchlist(Ledger ledger) {
    org.entente.store.watch.Watchlists ws = new org.entente.store.watch.Watchlists(ledger);
    if (ws.find(DEMO_WATCHLIST).isEmpty()) {
      ws.add(
          new org.entente.store.watch.Watchlist(
              DEMO_WATCHLIST,
              List.of(),
              List.of(
                  org.entente.store.watch.Watchlist.Pair.parse("EU/MAR"),
                  org.entente.store.watch.Watchlist.Pair.parse("FRA/MAR")),
              List.of(),
              java.util.Set.of(),
              org.entente.store.watch.Watchlist.DEFAULT_DUE_DAYS));
    }
  }

  /** Whether nothing listens on {@code port} of this machine's loopback address. */
  static boolean free(int port) {
    try (java.net.ServerSocket s = new java.net.ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Deletes a demo ledger older than the running code, so that it is rebuilt with it. */
  private static void prepare(Path file, PrintWriter out) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    if (!Files.exists(file)) {
      return;
    }
    FileTime code = codeTime();
    if (code != null && Files.getLastModifiedTime(file).compareTo(code) < 0) {
      out.println("(the demo ledger predates this build: rebuilding it)");
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
    }
  }

  private static FileTime codeTime() {
    try {
      Path p =
          Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(p) ? Files.getLastModifiedTime(p) : null;
    } catch (URISyntaxException | IOException | RuntimeException e) {
      return null;
    }
  }

  private int print(List<Path> inputs, PrintWriter out) {
    SkipReport skips = new SkipReport(spec.commandLine().getErr());
    try (Stream<ReadResult> results = DocumentSource.read(inputs, ReadOptions.defaults())) {
      for (ReadResult.Read read : (Iterable<ReadResult.Read>) skips.track(results)::iterator) {
        ReadableReport.print(Entente.extract(read.document()), out);
      }
    }
    out.println(skips.summary() + ".");
    out.flush();
    return skips.exitCode();
  }
}
