package org.entente.store.brief;

import java.util.List;

/**
 * A section of a brief.
 *
 * @param key a stable identifier ("agreements", "mechanisms" …), for anchors and tests
 * @param heading the heading people read
 * @param statements its lines, in reading order
 * @param none what to say when there are no lines
 * @param more how many further lines the section left out past its cap (0 when it lists all);
 *     renderers say so ("and 12 more")
 */
public record Section(
    String key, String heading, List<Statement> statements, String none, int more) {

  public Section {
    statements = List.copyOf(statements);
    if (more < 0) {
      throw new IllegalArgumentException("more < 0: " + more);
    }
  }

  /** A section that lists all its lines. */
  public Section(String key, String heading, List<Statement> statements, String none) {
    this(key, heading, statements, none, 0);
  }

  /** "and 12 more", or null when the section lists all its lines. */
  public String moreText() {
    return more == 0 ? null : "and " + more + " more";
  }
}
