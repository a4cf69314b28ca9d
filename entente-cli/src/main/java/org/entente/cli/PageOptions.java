package org.entente.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.entente.store.Listings;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Options of the commands that list records: a page of them by default ({@code --limit}, {@code
 * --offset}), or all ({@code --all}). A listing cut by its page says so and how to ask for the
 * next, as the API's pages and the dashboard's "more" buttons do.
 */
public final class PageOptions {

  @Spec(Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec mixee;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Records a page (default: ${DEFAULT-VALUE})",
      defaultValue = "50")
  int limit;

  @Option(
      names = "--offset",
      paramLabel = "N",
      description = "Records to skip, in the listing's order (default: ${DEFAULT-VALUE})",
      defaultValue = "0")
  int offset;

  @Option(names = "--all", description = "Every record instead of a page (slow for a busy actor)")
  boolean all;

  /** Fails with a usage error for a limit below 1 or a negative offset. */
  void check() {
    if (limit < 1) {
      throw new CommandLine.ParameterException(mixee.commandLine(), "--limit must be at least 1");
    }
    if (offset < 0) {
      throw new CommandLine.ParameterException(
          mixee.commandLine(), "--offset must not be negative");
    }
  }

  /**
   * "Records 51–100 of 22,697; next: --offset 100", when {@code page} is not the whole listing;
   * nothing otherwise.
   */
  static String note(Listings.Page<?> page) {
    int shown = page.items().size();
    if (page.offset() == 0 && shown >= page.total()) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    if (shown == 0) {
      b.append(
          String.format(Locale.ROOT, "No records past %,d of %,d", page.offset(), page.total()));
    } else {
      b.append(
          String.format(
              Locale.ROOT,
              "Records %,d–%,d of %,d",
              page.offset() + 1,
              page.offset() + shown,
              page.total()));
    }
    if (page.offset() + shown < page.total()) {
      b.append("; next: --offset ").append(page.offset() + shown);
    }
    return b.append('.').toString();
  }

  /** Writes {@link #note} of {@code page}, if any, as a line of {@code out}. */
  static void note(PrintWriter out, Listings.Page<?> page) {
    String n = note(page);
    if (!n.isEmpty()) {
      out.println(n);
    }
  }
}
