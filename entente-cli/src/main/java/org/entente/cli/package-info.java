/** The {@code entente} command line: one picocli subcommand per task. */
package org.entente.cli;
