package org.entente.store.brief;

import java.util.List;

/**
 * Topics over time: for the most frequent topics of a relationship, how many of its documents
 * carried each, year by year.
 *
 * @param years the years shown, ascending ("2024", "2025")
 * @param series one per topic, most documents first
 */
public record TopicChart(List<String> years, List<Series> series) {

  public TopicChart {
    years = List.copyOf(years);
    series = List.copyOf(series);
  }

  /**
   * One topic.
   *
   * @param counts documents per year, aligned with {@link TopicChart#years}
   */
  public record Series(String topic, List<Integer> counts) {
    public Series {
      counts = List.copyOf(counts);
    }

    public int total() {
      return counts.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** The largest count of any topic in any year (0 when empty). */
  public int max() {
    int m = 0;
    for (Series s : series) {
      for (int c : s.counts()) {
        m = Math.max(m, c);
      }
    }
    return m;
  }
}
