package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Listings;
import org.entente.store.RecordPages;
import org.entente.store.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente timeline ACTOR}: the records of an actor in date order, a page at a time ({@link
 * PageOptions}; the page read from an index, whatever the actor's number of records).
 */
@Command(
    name = "timeline",
    description = "Meetings, agreements and commitments of an actor, by date.")
public final class TimelineCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin PageOptions page;

  @Parameters(paramLabel = "ACTOR")
  String actor;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Ledger ledger = store.open()) {
      ActorCodes.require(ledger, spec, "ACTOR", actor);
      page.check();
      if (page.all) {
        print(ledger.queries().timeline(actor, store.asOf()));
        return 0;
      }
      Listings.Page<Views.LedgerRecord> p =
          new RecordPages(ledger).timeline(actor, store.asOf(), page.limit, page.offset);
      print(p.items());
      // After the records; on the error stream under --json, which stays a list of records.
      PageOptions.note(store.json ? spec.commandLine().getErr() : spec.commandLine().getOut(), p);
      return 0;
    }
  }

  private void print(List<Views.LedgerRecord> rs) {
    if (store.json) {
      Printing.json(spec.commandLine().getOut(), rs);
    } else {
      Printing.records(spec.commandLine().getOut(), rs);
    }
  }
}
