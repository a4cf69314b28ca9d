package org.entente.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code entente curate …}: confirm, reject, edit, add, fulfil; every change audited. */
@Command(
    name = "curate",
    description =
        "Confirm, reject or edit records, add records by hand, mark commitments fulfilled.",
    subcommands = {
      CurateCommand.Confirm.class,
      CurateCommand.Reject.class,
      CurateCommand.Edit.class,
      CurateCommand.Add.class,
      CurateCommand.Fulfil.class,
      CurateCommand.SetOutcome.class
    })
public final class CurateCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  abstract static class Base implements Callable<Integer> {
    @Mixin StoreOptions store;

    @Option(names = "--by", required = true, description = "Your name, for the audit trail")
    String by;

    @Override
    public Integer call() {
      try (Ledger ledger = store.open()) {
        run(ledger);
        return 0;
      }
    }

    abstract void run(Ledger ledger);
  }

  @Command(name = "confirm", description = "Confirm a record.")
  static final class Confirm extends Base {
    @Parameters(paramLabel = "ID")
    long id;

    @Override
    void run(Ledger ledger) {
      ledger.curation().confirm(id, by);
    }
  }

  @Command(name = "reject", description = "Reject a record; it stays rejected on re-ingest.")
  static final class Reject extends Base {
    @Parameters(paramLabel = "ID")
    long id;

    @Override
    void run(Ledger ledger) {
      ledger.curation().reject(id, by);
    }
  }

  @Command(name = "edit", description = "Set fields (title, place, date, due, due_kind, …).")
  static final class Edit extends Base {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Option(names = "--set", required = true, paramLabel = "FIELD=VALUE")
    Map<String, String> fields;

    @Override
    void run(Ledger ledger) {
      ledger.curation().edit(id, fields, by);
    }
  }

  @Command(name = "add", description = "Add a meeting, agreement or commitment by hand.")
  static final class Add extends Base {
    @Option(names = "--type", required = true)
    String type;

    @Option(names = "--parties", required = true, split = ",")
    List<String> parties;

    @Option(names = "--title", required = true, description = "Kind, name or action")
    String title;

    @Option(names = "--on", paramLabel = "YYYY-MM-DD")
    LocalDate on;

    @Option(names = "--due", paramLabel = "YYYY[-MM[-DD]]")
    String due;

    @Option(names = "--due-kind", description = "EXACT, LATEST or VAGUE")
    Deadline.Kind dueKind;

    @Option(names = "--due-text")
    String dueText;

    @Override
    void run(Ledger ledger) {
      long id =
          ledger
              .curation()
              .add(type, parties, title, on, PartialDate.parse(due), dueKind, dueText, by);
      System.out.println(id);
    }
  }

  @Command(name = "fulfil", description = "Mark a commitment fulfilled, with evidence.")
  static final class Fulfil extends Base {
    @Parameters(paramLabel = "ID")
    long id;

    @Option(names = "--evidence", description = "The record that realises it")
    Long evidence;

    @Option(names = "--on", required = true, paramLabel = "YYYY-MM-DD")
    LocalDate on;

    @Option(names = "--reason")
    String reason;

    @Override
    void run(Ledger ledger) {
      ledger.curation().markFulfilled(id, evidence, on, reason, by);
    }
  }

  @Command(
      name = "outcome",
      description =
          "Set how a commitment ended, for the scorecard: fulfilled, partly, pending, lapsed or"
              + " broken; \"auto\" gives the decision back to the ledger.")
  static final class SetOutcome extends Base {
    @Parameters(index = "0", paramLabel = "ID")
    long id;

    @Parameters(index = "1", paramLabel = "OUTCOME")
    String outcome;

    @Override
    void run(Ledger ledger) {
      ledger.curation().setOutcome(id, outcome.equals("auto") ? null : outcome, by);
    }
  }
}
