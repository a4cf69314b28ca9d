package org.entente.cli;

import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The "Commands:" section of the help: each command with the first sentence of its description (or
 * its header), whole. Picocli's own list shows the first line of a description, which cuts a
 * sentence written over several lines in the middle.
 */
final class CommandSummaries implements CommandLine.IHelpSectionRenderer {

  /** Installs this renderer on {@code cl} and, recursively, on every subcommand that has some. */
  static void install(CommandLine cl) {
    cl.getHelpSectionMap()
        .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new CommandSummaries());
    for (CommandLine sub : cl.getSubcommands().values()) {
      install(sub);
    }
  }

  /** The first sentence of a command's header or, without one, of its whole description. */
  static String summary(CommandSpec spec) {
    String[] lines =
        spec.usageMessage().header().length > 0
            ? spec.usageMessage().header()
            : spec.usageMessage().description();
    String all = String.join(" ", lines).replaceAll("\\s+", " ").trim();
    // A sentence ends at ". " followed by a capital letter (not at "e.g. " or "(.jsonl. gz)").
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[.!?](?=\\s+\\p{Lu})").matcher(all);
    return m.find() ? all.substring(0, m.end()) : all;
  }

  @Override
  public String render(Help help) {
    Map<String, Help> subs = help.subcommands();
    if (subs.isEmpty()) {
      return "";
    }
    int nameWidth = 2;
    for (String name : subs.keySet()) {
      nameWidth = Math.max(nameWidth, name.length() + 4);
    }
    int width = help.commandSpec().usageMessage().width();
    Help.TextTable table =
        Help.TextTable.forColumns(
            help.colorScheme(),
            new Help.Column(nameWidth, 2, Help.Column.Overflow.SPAN),
            new Help.Column(Math.max(20, width - nameWidth), 1, Help.Column.Overflow.WRAP));
    for (Map.Entry<String, Help> e : subs.entrySet()) {
      table.addRowValues(
          help.colorScheme().commandText(e.getKey()),
          help.colorScheme().text(summary(e.getValue().commandSpec())));
    }
    return table.toString();
  }
}
