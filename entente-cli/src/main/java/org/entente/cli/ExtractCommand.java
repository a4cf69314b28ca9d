package org.entente.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.entente.model.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.intake.SkipReport;
import org.entente.pipeline.json.ExtractionJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente extract}: reads files, folders or JSON Lines and writes one JSON object per
 * document. Bad records are named on standard error and skipped; the run goes on (exit 0; 1 when
 * nothing could be read; 2 for usage errors). Output keeps input order even when extraction runs on
 * several threads.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts persons, meetings, agreements, commitments and topics, with evidence spans,",
      "and writes JSON Lines: one object per document."
    })
public final class ExtractCommand implements Callable<Integer> {

  /** Documents in flight at once; bounds memory whatever the corpus size. */
  private static final int WINDOW = 256;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "Files or folders; '-' reads standard input.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = {"-i", "--input"},
      paramLabel = "PATH",
      description = "Input file or folder (repeatable); '-' for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write JSON Lines (default: standard output).")
  Path output;

  @CommandLine.Mixin DocumentOptions document;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description = "Also write the run's report (counts, skipped inputs with reasons) as JSON.")
  Path report;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Extraction threads (default: the number of cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Read every text as this language (en, fr, es) instead of detecting it.")
  String lang;

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> all = new ArrayList<>(paths);
    all.addAll(inputs);
    if (all.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "give at least one file, folder or '-'");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    ReadOptions options = document.readOptions();
    PrintWriter err = spec.commandLine().getErr();
    SkipReport skips = new SkipReport(err);
    Pipeline pipeline = LanguageOption.pipeline(spec.commandLine(), lang);
    ExecutorService pool = Executors.newFixedThreadPool(threads, Daemon.FACTORY);
    try (Writer out = open();
        Stream<ReadResult> results = read(all, options)) {
      Deque<CompletableFuture<String>> window = new ArrayDeque<>();
      for (ReadResult.Read read : (Iterable<ReadResult.Read>) skips.track(results)::iterator) {
        window.add(
            CompletableFuture.supplyAsync(
                () -> {
                  Extraction e = pipeline.extract(read.document());
                  return ExtractionJson.toJsonLine(e);
                },
                pool));
        if (window.size() >= WINDOW) {
          write(out, window.removeFirst());
        }
      }
      while (!window.isEmpty()) {
        write(out, window.removeFirst());
      }
    } finally {
      pool.shutdownNow();
    }
    err.println(
        "entente: "
            + SkipReport.plural(skips.documents(), "document")
            + " extracted, "
            + skips.skipped()
            + " skipped");
    err.flush();
    if (report != null) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("read", skips.documents());
      r.put("skipped", skips.toJson());
      try (PrintWriter w =
          new PrintWriter(Files.newBufferedWriter(report, StandardCharsets.UTF_8))) {
        Printing.json(w, r);
      }
    }
    return skips.exitCode();
  }

  private Stream<ReadResult> read(List<String> all, ReadOptions options) {
    List<Path> files = new ArrayList<>();
    Stream<ReadResult> stdin = Stream.empty();
    for (String p : all) {
      if (p.equals("-")) {
        stdin = DocumentSource.readStdin(System.in, options);
      } else {
        files.add(Path.of(p));
      }
    }
    return Stream.concat(DocumentSource.read(files, options), stdin);
  }

  private Writer open() throws IOException {
    if (output == null) {
      return new BufferedWriter(
          new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
        @Override
        public void close() throws IOException {
          flush(); // never close standard output
        }
      };
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
  }

  private static void write(Writer out, CompletableFuture<String> f)
      throws IOException, InterruptedException {
    try {
      out.write(f.get());
      out.write('\n');
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
    }
  }
}
