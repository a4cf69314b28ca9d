package org.entente.store.brief;

import java.util.List;

/**
 * The lines of a section cut to its cap, and how many were left out ("and 12 more").
 *
 * @param statements the lines kept, in reading order
 * @param more how many lines past the cap were left out, 0 or more
 */
record Capped(List<Statement> statements, int more) {

  Capped {
    statements = List.copyOf(statements);
  }
}
