package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code entente demo}: extracts the bundled examples, and the seeds of {@code ../shared/seeds}
 * when that folder is present, and prints them for a person to read.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts the bundled examples (and ../shared/seeds when present) and prints them readably."
    })
public final class DemoCommand implements Callable<Integer> {

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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Path> inputs = new ArrayList<>();
    Path examples = home.resolve("examples/texts");
    if (Files.isDirectory(examples)) {
      inputs.add(examples);
    }
    Path seeds = (shared != null ? shared : home.resolve("../shared")).resolve("seeds");
    if (Files.isDirectory(seeds)) {
      inputs.add(seeds);
    } else {
      out.println("(no seeds at " + seeds.normalize() + ": showing the bundled examples only)");
    }
    if (inputs.isEmpty()) {
      spec.commandLine().getErr().println("entente: no examples found under " + home);
      return 1;
    }
    int docs = 0;
    try (Stream<ReadResult> results = DocumentSource.read(inputs, ReadOptions.defaults())) {
      for (ReadResult r : (Iterable<ReadResult>) results::iterator) {
        if (r instanceof ReadResult.Read read) {
          ReadableReport.print(Entente.extract(read.document()), out);
          docs++;
        } else if (r instanceof ReadResult.BadRecord bad) {
          out.println("(skipped " + bad.where() + ": " + bad.reason() + ")\n");
        }
      }
    }
    out.println(docs + " documents.");
    out.flush();
    return 0;
  }
}
