package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente dossier A B}: the relationship between two actors. Each list of records holds the
 * latest {@code --limit} (with the count of all and the offset of the page before them, for {@code
 * --section}); {@code --section NAME} lists one section a page at a time, {@code --all} the whole
 * dossier.
 */
@Command(
    name = "dossier",
    description =
        "The relationship between two actors: agreements, mechanisms, meetings, commitments by"
            + " status, people, topics over time.")
public final class DossierCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Mixin PageOptions page;

  @Option(
      names = "--section",
      paramLabel = "NAME",
      description =
          "One section a page at a time: agreements, meetings, pending, fulfilled, overdue,"
              + " lapsed or superseded")
  String section;

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
      page.check();
      PrintWriter out = spec.commandLine().getOut();
      if (section != null) {
        return section(ledger, out);
      }
      Views.Dossier d =
          page.all
              ? ledger.queries().dossier(a, b, store.asOf())
              : new RecordPages(ledger)
                  .dossier(a, b, store.asOf(), Queries.DOSSIER_OFFICIALS, page.limit);
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
      records(out, d, "agreements", d.agreements());
      out.println("Mechanisms:");
      for (Views.Mechanism m : d.mechanisms()) {
        out.println("  " + m.name() + ": " + Printing.cadence(m));
      }
      if (d.mechanisms().isEmpty()) {
        out.println("  (none)");
      }
      out.println("Meetings:");
      records(out, d, "meetings", d.meetings());
      for (Map.Entry<CommitmentStatus, List<Views.LedgerRecord>> e : d.commitments().entrySet()) {
        out.println("Commitments, " + e.getKey().label() + ":");
        records(out, d, e.getKey().label(), e.getValue());
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

  /** A page of one section, in the dossier's order, and the note of the next page. */
  private int section(Ledger ledger, PrintWriter out) {
    if (!RecordPages.SECTIONS.contains(section)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(),
          "unknown section " + section + " (" + String.join(", ", RecordPages.SECTIONS) + ")");
    }
    Listings.Page<Views.LedgerRecord> p =
        new RecordPages(ledger).section(a, b, store.asOf(), section, page.limit, page.offset);
    if (store.json) {
      Printing.json(out, p);
      return 0;
    }
    out.printf(
        java.util.Locale.ROOT, "Dossier %s – %s, %s, as of %s:%n", a, b, section, store.asOf());
    Printing.records(out, p.items());
    PageOptions.note(out, p);
    return 0;
  }

  /**
   * The records of a section; when they are the latest of more, a line with how many and the
   * command for the page before them.
   */
  private void records(
      PrintWriter out, Views.Dossier d, String name, List<Views.LedgerRecord> shown) {
    Printing.records(out, shown);
    Long all = d.counts() == null ? null : d.counts().get(name);
    if (all != null && all > shown.size()) {
      long before = all - shown.size();
      out.printf(
          java.util.Locale.ROOT,
          "  (the latest %,d of %,d; earlier: entente dossier %s %s --section %s --offset %d)%n",
          shown.size(),
          all,
          a,
          b,
          name,
          Math.max(0, before - page.limit));
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
