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
 * {@code entente demo}: ingests the bundled examples, the seeds of {@code ../shared/seeds} and the
 * two 200-document corpus samples of {@code ../shared/corpus} (when present) into a demo ledger,
 * then serves the dashboard over it. With {@code --print}, extracts the examples and seeds and
 * prints them for a person to read instead.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Builds a demo ledger from the bundled examples (and ../shared/seeds and the corpus samples"
          + " when present) and serves the dashboard on it. --print shows the extractions as text"
          + " instead."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The corpus samples the demo ingests when {@code ../shared/corpus} is present. */
  static final List<String> SAMPLES =
      List.of("reuters21578-sample.jsonl", "article-bias-prediction-sample.jsonl");

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
      defaultValue = "0",
      description = "Port for the dashboard; 0 picks a free one (default).")
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
    for (String s : SAMPLES) {
      Path p = sharedDir.resolve("corpus").resolve(s);
      if (Files.isRegularFile(p)) {
        inputs.add(p);
      }
    }
    Path file = db != null ? db : home.resolve("target/demo.db");
    prepare(file, out);
    out.println("Ingesting " + inputs.size() + " inputs into " + file.normalize() + " …");
    out.flush();
    SkipReport skips = new SkipReport(spec.commandLine().getErr());
    try (Ledger ledger = Ledger.open(file.toString())) {
      Views.IngestStats st =
          ledger.ingest(
              DocumentSource.read(inputs, ReadOptions.defaults()),
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
    }
    if (skips.exitCode() != 0) {
      spec.commandLine().getErr().println("entente: nothing could be read from " + inputs);
      return skips.exitCode();
    }
    if (noServe) {
      out.flush();
      return 0;
    }
    return ServeCommand.serve(ServerConfig.of(file.toString(), port), out);
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
