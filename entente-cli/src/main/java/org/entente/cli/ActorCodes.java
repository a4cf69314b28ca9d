package org.entente.cli;

import org.entente.store.ActorSuggestions;
import org.entente.store.Ledger;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Actor codes given on the command line: known to the ledger, or a usage error (exit 2). */
final class ActorCodes {

  private ActorCodes() {}

  /**
   * {@code code} when the ledger knows it (null stays null).
   *
   * @throws CommandLine.ParameterException naming the code, with near codes ("did you mean MAR?")
   */
  static String require(Ledger ledger, CommandSpec spec, String what, String code) {
    if (code == null) {
      return null;
    }
    ActorSuggestions s = new ActorSuggestions(ledger);
    if (s.knows(code)) {
      return code;
    }
    String hint = ActorSuggestions.didYouMean(s.near(code));
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "unknown actor "
            + what
            + " '"
            + code
            + "': the ledger has no records of it"
            + (hint.isEmpty() ? " (entente timeline lists an actor's records)" : "; " + hint));
  }
}
