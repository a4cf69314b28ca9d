package org.entente.store.scorecard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The compliance of an actor or a pair over a period.
 *
 * @param actors one actor, or the two of a pair
 * @param from the period's first day
 * @param to its last day, also the day statuses are taken on
 * @param lines the commitments that fell due, by deadline
 * @param score the mean of their points, from −1 to +1, or null when none fell due
 */
public record Scorecard(
    List<String> actors, LocalDate from, LocalDate to, List<ScoreLine> lines, Double score) {

  /** "EU" or "EU–MAR". */
  public String subject() {
    return String.join("–", actors);
  }

  /** How many lines ended each way. */
  public Map<Outcome, Integer> counts() {
    Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
    for (ScoreLine l : lines) {
      out.merge(l.outcome(), 1, Integer::sum);
    }
    return out;
  }

  /** The score as people read it: "+0.33", "−1.00", or "n/a" when nothing fell due. */
  public String scoreText() {
    if (score == null) {
      return "n/a";
    }
    String s = String.format(java.util.Locale.ROOT, "%.2f", Math.abs(score));
    return (score > 0 ? "+" : score < 0 ? "−" : "") + s;
  }

  static Double mean(List<ScoreLine> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    double sum = 0;
    for (ScoreLine l : lines) {
      sum += l.points();
    }
    return Math.round(sum / lines.size() * 10000) / 10000.0;
  }
}
