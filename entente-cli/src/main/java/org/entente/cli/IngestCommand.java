package org.entente.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.entente.pipeline.Entente;
import org.entente.store.Ledger;
import org.entente.store.Views;
import org.entente.store.ingest.DocumentInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente ingest PATH…}: extract documents into the ledger; idempotent and resumable. */
@Command(
    name = "ingest",
    description =
        "Extract files, directories, JSON Lines corpora (.jsonl, .jsonl.gz) and feeds into the"
            + " ledger. Documents already stored with the same content are skipped; an interrupted"
            + " run is completed by running it again.")
public final class IngestCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(arity = "1..*", paramLabel = "PATH")
  List<Path> paths;

  @Option(names = "--threads", defaultValue = "2", description = "Extraction threads (default 2)")
  int threads;

  @Option(names = "--batch", defaultValue = "200", description = "Documents per transaction")
  int batch;

  @Option(
      names = "--no-progress",
      description = "No progress bar (there is none when the output is not a terminal)")
  boolean noProgress;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    try (Ledger ledger = store.open()) {
      Views.IngestStats stats;
      if (noProgress || !Terminal.interactive()) {
        stats =
            ledger.ingest(
                DocumentInput.of(paths),
                Entente.pipeline(),
                new Ledger.IngestOptions(threads, batch),
                (r, d) -> {});
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
              ledger.ingest(
                  DocumentInput.of(paths),
                  Entente.pipeline(),
                  new Ledger.IngestOptions(threads, batch),
                  (r, d) -> {
                    synchronized (pb) {
                      pb.maxHint(r);
                      pb.stepTo(d);
                    }
                  });
        }
      }
      if (store.json) {
        Printing.json(spec.commandLine().getOut(), stats);
      } else {
        spec.commandLine()
            .getOut()
            .printf(
                java.util.Locale.ROOT,
                "read %d, added %d, updated %d, unchanged %d, bad %d in %.1f s (%.0f docs/s)%n",
                stats.read(),
                stats.added(),
                stats.updated(),
                stats.unchanged(),
                stats.bad(),
                stats.seconds(),
                stats.rate());
      }
      return stats.bad() > 0 ? 1 : 0;
    }
  }
}
