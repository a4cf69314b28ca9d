package org.entente.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.scorecard.ScoreLine;
import org.entente.store.scorecard.Scorecard;
import org.entente.store.scorecard.ScorecardCsv;
import org.entente.store.scorecard.Scorecards;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code entente scorecard [A [B]]}: compliance scores (G7 Research Group method). */
@Command(
    name = "scorecard",
    description =
        "Compliance scorecard: the commitments that fell due in a period and how each ended"
            + " (fulfilled +1, partly or pending past due 0, lapsed or broken −1), and their mean;"
            + " of one actor, a pair, or every actor and pair.")
public final class ScorecardCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @Parameters(index = "0", arity = "0..1", paramLabel = "A")
  String a;

  @Parameters(index = "1", arity = "0..1", paramLabel = "B")
  String b;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First day (default: a year before --to)")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last day (default: --as-of or today)")
  LocalDate to;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "table, csv or json (default: ${DEFAULT-VALUE})")
  String format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!List.of("table", "csv", "json").contains(format)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format must be table, csv or json: " + format);
    }
    LocalDate end = to != null ? to : store.asOf();
    LocalDate start = from != null ? from : end.minusYears(1);
    if (start.isAfter(end)) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--from (" + start + ") is after --to (" + end + ")");
    }
    try (Ledger ledger = store.open()) {
      if (a != null) {
        ActorCodes.require(ledger, spec, "A", a);
      }
      if (b != null) {
        ActorCodes.require(ledger, spec, "B", b);
      }
      Scorecards s = new Scorecards(ledger);
      List<Scorecard> cards = a == null ? s.all(start, end) : List.of(s.of(a, b, start, end));
      PrintWriter out = spec.commandLine().getOut();
      if (store.json || format.equals("json")) {
        Printing.json(out, cards);
      } else if (format.equals("csv")) {
        ScorecardCsv.write(cards, out);
      } else {
        table(cards, out);
      }
      out.flush();
      return 0;
    }
  }

  private void table(List<Scorecard> cards, PrintWriter out) {
    for (Scorecard c : cards) {
      out.printf(
          java.util.Locale.ROOT,
          "%s  %s to %s: score %s over %d commitment(s)%n",
          c.subject(),
          c.from(),
          c.to(),
          c.scoreText(),
          c.lines().size());
      if (a != null) {
        for (ScoreLine l : c.lines()) {
          out.printf(
              java.util.Locale.ROOT,
              "  %+d %-9s #%d %s (due %s)%s%n",
              l.points(),
              l.outcome().label(),
              l.recordId(),
              l.action(),
              l.due() == null ? "—" : l.due(),
              l.curated() ? " [curated]" : "");
          l.evidence()
              .forEach(
                  q ->
                      out.println(
                          "      "
                              + (q.outlet() == null ? q.docId() : q.outlet())
                              + ", "
                              + (q.published() == null ? "undated" : q.published())
                              + ": "
                              + q.text()));
        }
      }
    }
    if (cards.isEmpty()) {
      out.println("(no commitment fell due in the period)");
    }
  }
}
