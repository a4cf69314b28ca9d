package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Listings;
import org.entente.store.Queries;
import org.entente.store.RecordPages;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code entente commitments}: commitments with their status as of a day, a page at a time ({@link
 * PageOptions}).
 */
@Command(
    name = "commitments",
    description = "Commitments, filtered, with their status as of a day.")
public final class CommitmentsCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin PageOptions page;

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
      page.check();
      Queries.CommitmentFilter f =
          new Queries.CommitmentFilter(party, s, dueBefore, dueAfter, store.asOf());
      Listings.Page<Views.LedgerRecord> p =
          page.all ? null : new RecordPages(ledger).commitments(f, page.limit, page.offset);
      List<Views.LedgerRecord> rs = p == null ? ledger.queries().commitments(f) : p.items();
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        Printing.json(out, rs);
      } else {
        Printing.records(out, rs);
      }
      if (p != null) {
        // After the records; on the error stream under --json, which stays a list of records.
        PageOptions.note(store.json ? spec.commandLine().getErr() : out, p);
      }
      return 0;
    }
  }
}
