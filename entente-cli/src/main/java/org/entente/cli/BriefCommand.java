package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.brief.Brief;
import org.entente.store.brief.BriefLog;
import org.entente.store.brief.Briefs;
import org.entente.store.brief.render.BriefFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code entente brief A B}: the relationship brief, every statement cited, as Markdown, HTML (with
 * an A4 print stylesheet) or PDF.
 */
@Command(
    name = "brief",
    description =
        "The relationship brief of two actors as of a day, added to the ledger's log of briefs:"
            + " what changed since the last brief of the pair,"
            + " agreements, mechanisms, recent meetings, open commitments, who is who, topics over"
            + " time and the compliance scorecard; every statement cites its sources, listed at"
            + " the end.")
public final class BriefCommand implements Callable<Integer> {

  /** How far back "what changed" looks when no --since is given. */
  static final int DEFAULT_SINCE_DAYS = 90;

  @Mixin StoreOptions store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "First actor code, e.g. EU")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Second actor code, e.g. MAR")
  String b;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Report what was reported after this day instead of what changed since the last brief"
              + " of the pair (without a last brief: "
              + DEFAULT_SINCE_DAYS
              + " days before --as-of)")
  LocalDate since;

  @Option(
      names = "--no-record",
      description =
          "Do not add this brief to the ledger's log of briefs (the next brief then reports"
              + " changes since the one before)")
  boolean noRecord;

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "md, html or pdf (default: ${DEFAULT-VALUE}); pdf needs -o")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to a file")
  Path output;

  @Override
  public Integer call() throws IOException {
    BriefFormat f;
    try {
      f = BriefFormat.of(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    if (f == BriefFormat.PDF && output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format pdf writes a file: give -o FILE");
    }
    String codeA = a.strip().toUpperCase(java.util.Locale.ROOT);
    String codeB = b.strip().toUpperCase(java.util.Locale.ROOT);
    if (codeA.equals(codeB)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "a brief needs two different actors, not " + codeA + " twice");
    }
    LocalDate asOf = store.asOf();
    LocalDate from = since != null ? since : asOf.minusDays(DEFAULT_SINCE_DAYS);
    if (from.isAfter(asOf)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--since " + from + " is after the --as-of day " + asOf);
    }
    Brief brief;
    try (Ledger ledger = store.open()) {
      ActorCodes.require(ledger, spec, "A", codeA);
      ActorCodes.require(ledger, spec, "B", codeB);
      Briefs briefs = new Briefs(ledger);
      brief =
          since != null
              ? briefs.of(codeA, codeB, asOf, from)
              : briefs.sinceLastBrief(codeA, codeB, asOf, from);
      if (!noRecord) {
        new BriefLog(ledger).record(brief);
      }
    }
    byte[] bytes = f.write(brief);
    if (output != null) {
      Files.write(output, bytes);
      spec.commandLine()
          .getErr()
          .println(
              "entente: brief of "
                  + codeA
                  + "–"
                  + codeB
                  + " as of "
                  + asOf
                  + " ("
                  + brief.citations().size()
                  + " sources) written to "
                  + output);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(bytes, StandardCharsets.UTF_8));
      out.flush();
    }
    return 0;
  }
}
