package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.entente.store.Ledger;
import org.entente.store.watch.Digest;
import org.entente.store.watch.DigestWriter;
import org.entente.store.watch.Watchlist;
import org.entente.store.watch.Watchlists;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code entente digest}: a period's alerts of a watchlist, grouped by relationship, most urgent
 * first, as Markdown, HTML or JSON; written out or sent by e-mail through SMTP.
 */
@Command(
    name = "digest",
    description =
        "A watchlist's alerts of a period, grouped by relationship, most urgent first; printed,"
            + " written to a file or e-mailed.")
public final class DigestCommand implements Callable<Integer> {

  @Mixin StoreOptions store;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--watch", required = true, paramLabel = "NAME", description = "The watchlist")
  String watch;

  @Option(
      names = "--since",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The period starts the day after this one and ends on the --as-of day")
  LocalDate since;

  @Option(
      names = "--format",
      defaultValue = "md",
      description = "md, html or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(
      names = "--link-base",
      paramLabel = "URL",
      description = "The dashboard's address, to link each alert to its record")
  String linkBase;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to a file")
  Path output;

  @ArgGroup(exclusive = false, heading = "E-mail delivery%n")
  DigestMail.Settings mail;

  @Override
  public Integer call() throws IOException {
    DigestWriter.Format f;
    try {
      f = DigestWriter.Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    LocalDate asOf = store.asOf();
    if (since.isAfter(asOf)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--since " + since + " is after the --as-of day " + asOf);
    }
    Digest d;
    try (Ledger ledger = store.open()) {
      Watchlist w =
          new Watchlists(ledger)
              .find(watch)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(),
                          "no watchlist named " + watch + " (entente watch list shows them)"));
      d = Digest.of(ledger, w, since, asOf);
    }
    DigestWriter writer = new DigestWriter(linkBase);
    if (mail != null) {
      DigestMail.send(mail, d, writer);
      spec.commandLine()
          .getErr()
          .println(
              "entente: digest of " + d.size() + " alerts sent to " + String.join(", ", mail.to));
      return 0;
    }
    String text = writer.write(d, f);
    if (output != null) {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    } else {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    }
    return 0;
  }
}
