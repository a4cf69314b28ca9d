package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every command, subcommands included, answers {@code --help} and {@code -h} with its usage. */
class HelpTest {

  /** The command paths of every command and subcommand, e.g. ["curate", "confirm"]. */
  static Stream<List<String>> commands() {
    List<List<String>> all = new ArrayList<>();
    collect(EntenteCommand.commandLine(), new ArrayList<>(), all);
    return all.stream();
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> all) {
    for (var e : cl.getSubcommands().entrySet()) {
      if (e.getKey().equals("help")) {
        continue;
      }
      List<String> p = new ArrayList<>(path);
      p.add(e.getKey());
      all.add(p);
      collect(e.getValue(), p, all);
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandPrintsItsUsageOnHelp(List<String> command) {
    for (String flag : List.of("--help", "-h")) {
      List<String> args = new ArrayList<>(command);
      args.add(flag);
      Cli r = Cli.run(args.toArray(String[]::new));
      assertThat(r.rc()).as(args + ": " + r.err()).isZero();
      assertThat(r.out()).startsWith("Usage: entente " + String.join(" ", command));
      assertThat(r.err()).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everySummaryIsAWholeSentence(List<String> command) {
    CommandLine cl = EntenteCommand.commandLine();
    for (String c : command) {
      cl = cl.getSubcommands().get(c);
    }
    String summary = CommandSummaries.summary(cl.getCommandSpec());
    assertThat(summary).as(String.join(" ", command)).isNotBlank().matches("(?s).*[.)]$");
  }

  @org.junit.jupiter.api.Test
  void theCommandListShowsWholeSentences() {
    Cli r = Cli.run("--help");
    String list = r.out().replaceAll("\\s+", " ");
    assertThat(list)
        .contains(
            "extract Extracts persons, meetings, agreements, commitments and topics, with evidence"
                + " spans, and writes JSON Lines: one object per document.")
        .doesNotContain("evidence spans, repair");
  }
}
