package org.entente.store.mechanisms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The rhythm of a mechanism's sessions.
 *
 * @param sessions distinct session days, ascending
 * @param medianGapDays the median gap between sessions in days, or null with fewer than two
 * @param last the last session on or before the "as of" day, or null
 * @param nextExpected last + median gap, or null
 * @param longGap whether the time since the last session exceeds twice the median gap
 */
public record Cadence(
    List<LocalDate> sessions,
    Long medianGapDays,
    LocalDate last,
    LocalDate nextExpected,
    boolean longGap) {

  /** Computes the cadence of {@code days} (any order, duplicates allowed) as of {@code asOf}. */
  public static Cadence of(List<LocalDate> days, LocalDate asOf) {
    TreeSet<LocalDate> set = new TreeSet<>();
    for (LocalDate d : days) {
      if (d != null && !d.isAfter(asOf)) {
        set.add(d);
      }
    }
    List<LocalDate> s = new ArrayList<>(set);
    if (s.isEmpty()) {
      return new Cadence(s, null, null, null, false);
    }
    LocalDate last = s.get(s.size() - 1);
    if (s.size() < 2) {
      return new Cadence(s, null, last, null, false);
    }
    List<Long> gaps = new ArrayList<>();
    for (int i = 1; i < s.size(); i++) {
      gaps.add(ChronoUnit.DAYS.between(s.get(i - 1), s.get(i)));
    }
    gaps.sort(null);
    int n = gaps.size();
    long median = n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2;
    boolean longGap = ChronoUnit.DAYS.between(last, asOf) > 2 * median;
    return new Cadence(s, median, last, last.plusDays(median), longGap);
  }
}
