package org.entente.store.brief;

import java.util.List;

/**
 * A section of a brief.
 *
 * @param key a stable identifier ("agreements", "mechanisms" …), for anchors and tests
 * @param heading the heading people read
 * @param statements its lines, in reading order
 * @param none what to say when there are no lines
 */
public record Section(String key, String heading, List<Statement> statements, String none) {

  public Section {
    statements = List.copyOf(statements);
  }
}
