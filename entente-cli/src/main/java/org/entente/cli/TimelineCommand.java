package org.entente.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Views;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente timeline ACTOR}: every record of an actor in date order. */
@Command(
    name = "timeline",
    description = "Meetings, agreements and commitments of an actor, by date.")
public final class TimelineCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ACTOR")
  String actor;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Ledger ledger = store.open()) {
      ActorCodes.require(ledger, spec, "ACTOR", actor);
      List<Views.LedgerRecord> rs = ledger.queries().timeline(actor, store.asOf());
      if (store.json) {
        Printing.json(spec.commandLine().getOut(), rs);
      } else {
        Printing.records(spec.commandLine().getOut(), rs);
      }
      return 0;
    }
  }
}
