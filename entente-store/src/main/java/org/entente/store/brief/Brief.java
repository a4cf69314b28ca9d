package org.entente.store.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.entente.store.Views;

/**
 * A relationship brief as of a day: sections of cited statements, a topic chart and the numbered
 * sources. Immutable.
 *
 * @param since the day after which changes are reported ("what changed since the last brief")
 * @param sections in reading order
 * @param citations every source cited, by number
 * @param previous the last brief of the pair, which the changes are measured against, or null when
 *     they are those reported after {@code since}
 * @param shown what this brief shows of each record it draws on, for the log of briefs
 */
public record Brief(
    Views.Actor a,
    Views.Actor b,
    LocalDate asOf,
    LocalDate since,
    List<Section> sections,
    TopicChart topics,
    List<Citation> citations,
    BriefLog.Issued previous,
    List<BriefLog.Shown> shown) {

  public Brief {
    sections = List.copyOf(sections);
    citations = List.copyOf(citations);
    shown = List.copyOf(shown);
  }

  /** "European Union – Morocco". */
  public String title() {
    return a.name() + " – " + b.name();
  }

  public Optional<Section> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
