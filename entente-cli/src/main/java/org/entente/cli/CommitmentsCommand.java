package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code entente commitments}: commitments with their status as of a day. */
@Command(
    name = "commitments",
    description = "Commitments, filtered, with their status as of a day.")
public final class CommitmentsCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Option(names = "--party", description = "Actor code, e.g. MAR")
  String party;

  @Option(names = "--status", description = "pending, fulfilled, overdue, lapsed or superseded")
  String status;

  @Option(names = "--due-before", paramLabel = "YYYY-MM-DD")
  LocalDate dueBefore;

  @Option(names = "--due-after", paramLabel = "YYYY-MM-DD")
  LocalDate dueAfter;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommitmentStatus s;
    try {
      s = status == null ? null : CommitmentStatus.ofLabel(status);
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "unknown status " + status + " (pending, fulfilled, overdue, lapsed, superseded)");
    }
    try (Ledger ledger = store.open()) {
      ActorCodes.require(ledger, spec, "--party", party);
      List<Views.LedgerRecord> rs =
          ledger
              .queries()
              .commitments(
                  new Queries.CommitmentFilter(party, s, dueBefore, dueAfter, store.asOf()));
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        Printing.json(out, rs);
      } else {
        Printing.records(out, rs);
      }
      return 0;
    }
  }
}
