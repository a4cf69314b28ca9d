package org.entente.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code entente export --format json|csv|ics|events}. */
@Command(
    name = "export",
    description =
        "Export the ledger: json, csv, ics (deadlines and expected sessions) or events (a"
            + " GDELT-like tab-separated table with CAMEO and PLOVER codes).")
public final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--format", required = true, description = "json, csv, ics or events")
  String format;

  @Option(
      names = {"-o", "--output"},
      description = "File to write (default: standard output)")
  Path output;

  @Override
  public Integer call() throws Exception {
    try (Ledger ledger = store.open()) {
      if (output == null) {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        Exporter.write(ledger, format, store.asOf(), w);
        w.flush();
      } else {
        try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
          Exporter.write(ledger, format, store.asOf(), w);
        }
      }
      return 0;
    }
  }
}
