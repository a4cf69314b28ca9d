package org.entente.cli;

/** What the command line writes to: a person's terminal, or a file or pipe. */
final class Terminal {

  private Terminal() {}

  /**
   * Whether standard input and output are a terminal (Java 17: {@link System#console()} exists only
   * then). Progress bars redraw one line with carriage returns, which in a file or a pipe reads as
   * garbage, so they are shown only on a terminal.
   */
  static boolean interactive() {
    return System.console() != null;
  }
}
