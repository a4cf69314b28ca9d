package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Views;
import org.entente.store.commitments.StatusEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente show ID}: one record with its sources and evidence text. */
@Command(
    name = "show",
    description = "One record with its sources, evidence text and status history.")
public final class ShowCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID")
  long id;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Ledger ledger = store.open()) {
      PrintWriter out = spec.commandLine().getOut();
      var r = ledger.queries().record(id, store.asOf());
      if (r.isEmpty()) {
        spec.commandLine().getErr().println("no record " + id);
        return 1;
      }
      if (store.json) {
        Printing.json(out, r.get());
        return 0;
      }
      out.println(Printing.line(r.get()));
      for (StatusEvent e : r.get().history()) {
        out.printf(
            java.util.Locale.ROOT,
            "  %s %s%s%s%n",
            Printing.day(e.on()),
            e.status().label(),
            e.reason() == null ? "" : ": " + e.reason(),
            e.confidence() == null
                ? ""
                : String.format(java.util.Locale.ROOT, " (confidence %.2f)", e.confidence()));
      }
      for (Views.Source s : r.get().sources()) {
        out.printf(
            java.util.Locale.ROOT,
            "  source %s (%s)%s%n",
            s.docId(),
            Printing.day(s.published()),
            s.name() == null ? "" : " " + s.name());
        for (Views.Evidence e : s.evidence()) {
          out.printf(
              java.util.Locale.ROOT,
              "    [%d, %d) %s%n",
              e.start(),
              e.end(),
              e.text() == null ? "" : e.text());
        }
      }
      return 0;
    }
  }
}
