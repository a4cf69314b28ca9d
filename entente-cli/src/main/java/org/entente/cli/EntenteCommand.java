package org.entente.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code entente} command. Exit codes: 0 ok, 1 processing failure, 2 usage error. */
@Command(
    name = "entente",
    mixinStandardHelpOptions = true,
    scope = CommandLine.ScopeType.INHERIT,
    version = "entente 0.1.0",
    description = "Turns diplomatic news and communiqués into a ledger of relations.",
    subcommands = {
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
      GenerateCommand.class,
      CommandLine.HelpCommand.class
    })
public final class EntenteCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line, shared by {@link #main} and tests. Standard output and error are
   * written as UTF-8 whatever the platform's default charset.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EntenteCommand());
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
