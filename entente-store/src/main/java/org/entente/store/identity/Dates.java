package org.entente.store.identity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.entente.model.PartialDate;

/** Partial dates against a document's publication date. */
public final class Dates {

  private Dates() {}

  /**
   * Fills a missing year from {@code published} ({@code XXXX-04-16} published in 2025 is {@code
   * 2025-04-16}); returns {@code date} unchanged when it has a year or nothing is known.
   */
  public static PartialDate withYear(PartialDate date, LocalDate published) {
    if (date == null || date.year() != null || published == null) {
      return date;
    }
    return new PartialDate(published.getYear(), date.month(), date.day());
  }

  /** The day a record is placed on a timeline: its complete date, else the publication date. */
  public static LocalDate onDate(PartialDate date, LocalDate published) {
    PartialDate d = withYear(date, published);
    if (d != null && d.isComplete()) {
      return d.toLocalDate();
    }
    if (d != null && d.year() != null && published != null) {
      // a month or a year: the publication day if it falls inside, else the period's first day
      if (!published.isBefore(d.earliestDay()) && !published.isAfter(d.latestDay())) {
        return published;
      }
      return d.earliestDay();
    }
    return published;
  }

  /**
   * Whether two partial dates may name the same day: equal complete dates; a partial one whose
   * known parts agree with the other within ±1 day; false when either is null.
   */
  public static boolean compatible(PartialDate a, PartialDate b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.isComplete() && b.isComplete()) {
      return a.equals(b);
    }
    if (a.year() == null || b.year() == null) {
      // day-month without year: compare within ±1 day on a leap year
      if (a.month() == null || b.month() == null || a.day() == null || b.day() == null) {
        return a.month() == null || b.month() == null || a.month().equals(b.month());
      }
      LocalDate x = LocalDate.of(2024, a.month(), a.day());
      LocalDate y = LocalDate.of(2024, b.month(), b.day());
      return Math.abs(ChronoUnit.DAYS.between(x, y)) <= 1;
    }
    LocalDate aFrom = a.earliestDay().minusDays(1);
    LocalDate aTo = a.latestDay().plusDays(1);
    return !b.latestDay().isBefore(aFrom) && !b.earliestDay().isAfter(aTo);
  }
}
