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
 */
public record Brief(
    Views.Actor a,
    Views.Actor b,
    LocalDate asOf,
    LocalDate since,
    List<Section> sections,
    TopicChart topics,
    List<Citation> citations) {

  public Brief {
    sections = List.copyOf(sections);
    citations = List.copyOf(citations);
  }

  /** "European Union – Morocco". */
  public String title() {
    return a.name() + " – " + b.name();
  }

  public Optional<Section> section(String key) {
    return sections.stream().filter(s -> s.key().equals(key)).findFirst();
  }
}
