package org.entente.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code entente} command. Exit codes: 0 ok, 1 processing failure, 2 usage error. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "entente 0.1.0",
    description = "Turns diplomatic news and communiqués into a ledger of relations.")
public final class EntenteCommand implements Runnable {

  /**
   * The subcommands, in the order the help lists them. Picocli builds a command's model by
   * reflection over its options, mixins and argument groups, which costs a cold JVM a few hundred
   * milliseconds for all of them: {@link #main} builds only the one its arguments name.
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          DemoCommand.class,
          ExtractCommand.class,
          RepairCommand.class,
          EvalCommand.class,
          IngestCommand.class,
          DossierCommand.class,
          CommitmentsCommand.class,
          ScorecardCommand.class,
          BriefCommand.class,
          TimelineCommand.class,
          SearchCommand.class,
          ShowCommand.class,
          ExportCommand.class,
          CurateCommand.class,
          WatchCommand.class,
          DigestCommand.class,
          ServeCommand.class,
          GenerateCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /** The command line with every subcommand, as {@code entente --help} lists them. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for {@code args}, shared by {@link #main} and tests: with only the
   * subcommand {@code args} name when their first word is one (the root command has no option
   * taking a value, so that word is the subcommand), else with all of them (for the help, {@code
   * help} and picocli's suggestions for a misspelt name). Standard output and error are written as
   * UTF-8 whatever the platform's default charset.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new EntenteCommand());
    String named = null;
    for (String a : args) {
      if (!a.startsWith("-")) {
        named = a;
        break;
      }
    }
    List<Class<?>> chosen = new ArrayList<>();
    for (Class<?> c : SUBCOMMANDS) {
      if (c.getAnnotation(Command.class).name().equals(named)) {
        chosen.add(c);
      }
    }
    for (Class<?> c : chosen.isEmpty() ? SUBCOMMANDS : chosen) {
      cl.addSubcommand(c);
    }
    cl.addSubcommand(CommandLine.HelpCommand.class);
    CommandSummaries.install(cl);
    cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? 2 : 1);
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
