package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente dossier A B}: the relationship between two actors. */
@Command(
    name = "dossier",
    description =
        "The relationship between two actors: agreements, mechanisms, meetings, commitments by"
            + " status, people, topics over time.")
public final class DossierCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "A")
  String a;

  @Parameters(index = "1", paramLabel = "B")
  String b;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Ledger ledger = store.open()) {
      ActorCodes.require(ledger, spec, "A", a);
      ActorCodes.require(ledger, spec, "B", b);
      if (a.equals(b)) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), "A and B must be two different actors");
      }
      Views.Dossier d = ledger.queries().dossier(a, b, store.asOf());
      PrintWriter out = spec.commandLine().getOut();
      if (store.json) {
        Printing.json(out, d);
        return 0;
      }
      out.printf(
          java.util.Locale.ROOT,
          "Dossier %s (%s) – %s (%s), as of %s%n",
          d.a().code(),
          d.a().name(),
          d.b().code(),
          d.b().name(),
          d.asOf());
      out.println("Frameworks and agreements:");
      Printing.records(out, d.agreements());
      out.println("Mechanisms:");
      for (Views.Mechanism m : d.mechanisms()) {
        out.println("  " + m.name() + ": " + Printing.cadence(m));
      }
      if (d.mechanisms().isEmpty()) {
        out.println("  (none)");
      }
      out.println("Meetings:");
      Printing.records(out, d.meetings());
      for (Map.Entry<CommitmentStatus, List<Views.LedgerRecord>> e : d.commitments().entrySet()) {
        out.println("Commitments, " + e.getKey().label() + ":");
        Printing.records(out, e.getValue());
      }
      out.println("People:");
      for (Views.PersonView p : d.people()) {
        String roles = String.join("; ", p.roles().stream().map(DossierCommand::describe).toList());
        out.println(
            "  "
                + p.name()
                + (p.affiliation() == null ? "" : " (" + p.affiliation() + ")")
                + (roles.isEmpty() ? "" : ": " + roles));
      }
      if (d.people().isEmpty()) {
        out.println("  (none)");
      }
      out.println("Topics by year:");
      d.topicsByYear().forEach((y, t) -> out.println("  " + y + ": " + Printing.counts(t)));
      if (d.topicsByYear().isEmpty()) {
        out.println("  (none)");
      }
      return 0;
    }
  }

  /** "Foreign Minister 2025-04-16 – 2025-09-01 (12 reports)". */
  static String describe(Views.Role r) {
    StringBuilder b = new StringBuilder(r.role());
    if (r.on() != null) {
      b.append(' ').append(r.on());
      if (r.until() != null && !r.until().equals(r.on())) {
        b.append(" – ").append(r.until());
      }
    }
    if (r.reports() > 1) {
      b.append(" (").append(r.reports()).append(" reports)");
    }
    return b.toString();
  }
}
