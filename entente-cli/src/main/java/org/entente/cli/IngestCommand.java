package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.SkipReport;
import org.entente.store.Ledger;
import org.entente.store.StoreException;
import org.entente.store.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente ingest PATH…}: extract documents into the ledger; idempotent and resumable. Read
 * through the pipeline's one intake; what is skipped is named on standard error (and listed under
 * {@code skipped} with {@code --json}). Exit 0 when the run completed (with or without skips), 1
 * when nothing could be read or the store failed, 2 for usage errors. A second ingest into the same
 * ledger waits for the first.
 */
@Command(
    name = "ingest",
    description =
        "Extract files, directories, JSON Lines corpora (.jsonl, .jsonl.gz), JSON documents,"
            + " feeds, PDF, Word and OpenDocument files into the ledger. Documents already stored"
            + " with the same content are skipped; an interrupted run is completed by running it"
            + " again. A second ingest into the same ledger waits for the first.")
public final class IngestCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin DocumentOptions document;

  @Parameters(arity = "1..*", paramLabel = "PATH")
  List<Path> paths;

  @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default 2)")
  int threads;

  @Option(names = "--batch", defaultValue = "200", description = "Documents per transaction")
  int batch;

  @Option(names = "--no-progress", description = "No progress bar (none is shown off a terminal)")
  boolean noProgress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1 || batch < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--threads and --batch must be at least 1");
    }
    PrintWriter err = spec.commandLine().getErr();
    SkipReport report = new SkipReport(err);
    Views.IngestStats stats;
    try (Ledger ledger = store.openOrCreate()) {
      boolean bar = !noProgress && Terminal.interactive();
      if (!bar) {
        stats = ingest(ledger, report, (r, d) -> {}, err);
      } else {
        try (ProgressBar pb =
            new ProgressBarBuilder()
                .setTaskName("ingest")
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .showSpeed()
                .setInitialMax(-1)
                .build()) {
          stats =
              ingest(
                  ledger,
                  report,
                  (r, d) -> {
                    synchronized (pb) {
                      pb.maxHint(r);
                      pb.stepTo(d);
                    }
                  },
                  err);
        }
      }
    } catch (StoreException e) {
      err.println("entente: ingest failed: " + e.getMessage());
      err.println(
          "entente: batches committed before the failure are kept; run the same ingest again"
              + " to complete it");
      err.flush();
      return 1;
    }
    if (store.json) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("read", stats.read());
      out.put("added", stats.added());
      out.put("updated", stats.updated());
      out.put("unchanged", stats.unchanged());
      out.put("skipped", report.toJson());
      out.put("seconds", stats.seconds());
      Printing.json(spec.commandLine().getOut(), out);
    } else {
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "read %d, added %d, updated %d, unchanged %d, skipped %d in %.1f s (%.0f docs/s)%n",
              stats.read(),
              stats.added(),
              stats.updated(),
              stats.unchanged(),
              report.skipped(),
              stats.seconds(),
              stats.rate());
    }
    spec.commandLine().getOut().flush();
    if (report.exitCode() != 0) {
      err.println("entente: nothing could be read from " + paths);
    }
    return report.exitCode();
  }

  private Views.IngestStats ingest(
      Ledger ledger, SkipReport report, Ledger.IngestListener progress, PrintWriter err) {
    return ledger.ingest(
        DocumentSource.read(paths, document.readOptions()),
        Entente.pipeline(),
        new Ledger.IngestOptions(threads, batch),
        new Ledger.IngestListener() {
          @Override
          public void progress(long read, long done) {
            progress.progress(read, done);
          }

          @Override
          public void waiting(String holder) {
            err.println("entente: waiting: " + holder + "; this ingest starts when it ends");
            err.flush();
          }
        },
        report);
  }
}
