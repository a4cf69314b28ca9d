package org.entente.pipeline.time;

import static org.entente.pipeline.time.DateFields.exists;
import static org.entente.pipeline.time.DateFields.yearValue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.CalendarDay;

/**
 * Calendar days written in digits as core forms of a time expression: ISO dates ("2031-01-15") and
 * day, month and year with slashes or dots ("15/01/2031", "15.01.2031"). Where both orders of the
 * day and the month make a date, the day comes first unless a weekday named just before fits only
 * the other order.
 *
 * <p>Immutable and thread-safe.
 */
final class NumericDates {

  private final DateWords words;

  NumericDates(DateWords words) {
    this.words = words;
  }

  // "2024-10-16", "16/04/2025", "05/09/2023" (day first unless a weekday says otherwise)
  Core date(Tokens t, int j) {
    if (t.digits(j) == 4
        && t.is(j + 1, "-")
        && t.digits(j + 2) == 2
        && t.is(j + 3, "-")
        && t.digits(j + 4) == 2
        && t.attached(j + 1)
        && t.attached(j + 2)
        && t.attached(j + 3)
        && t.attached(j + 4)
        && endsHere(t, j + 5)) {
      int y = yearValue(t, j);
      int m = t.number(j + 2, 2);
      int d = t.number(j + 4, 2);
      return y > 0 && m >= 1 && m <= 12 && exists(y, m, d)
          ? new Core(j + 5, new CalendarDay(y, m, d, m, d))
          : null;
    }
    String sep = t.key(j + 1);
    if (t.digits(j) >= 1
        && t.digits(j) <= 2
        && ("/".equals(sep) || ".".equals(sep))
        && sep.equals(t.key(j + 3))
        && t.digits(j + 2) >= 1
        && t.digits(j + 2) <= 2
        && t.attached(j + 1)
        && t.attached(j + 2)
        && t.attached(j + 3)
        && t.attached(j + 4)
        && endsHere(t, j + 5)) {
      int y = yearValue(t, j + 4);
      int a = t.number(j, 2);
      int b = t.number(j + 2, 2);
      if (y < 0 || a < 1 || b < 1 || a > 12 && b > 12) {
        return null; // impossible
      }
      if (a <= 12 && b <= 12 && a != b) {
        // "Tuesday (05/09/2023)", "Monday, 4/3/2024": the weekday before says which is the day
        DayOfWeek named = weekdayBefore(t, j);
        boolean dayFirst =
            named != null && exists(y, b, a) && LocalDate.of(y, b, a).getDayOfWeek() == named;
        boolean monthFirst =
            named != null && exists(y, a, b) && LocalDate.of(y, a, b).getDayOfWeek() == named;
        if (dayFirst == monthFirst) {
          // no weekday, or one both readings fit: day first, as everywhere but North America
          dayFirst = exists(y, b, a);
        }
        int m = dayFirst ? b : a;
        int d = dayFirst ? a : b;
        return new Core(j + 5, new CalendarDay(y, m, d, m, d));
      }
      int d = Math.max(a, b);
      int m = Math.min(a, b);
      return exists(y, m, d) ? new Core(j + 5, new CalendarDay(y, m, d, m, d)) : null;
    }
    return null;
  }

  /**
   * True when a numeric date ends before token {@code k}: a space, or punctuation that closes
   * ("2023-05-09.", "(14/03/2023)"), not more digits, letters or separators.
   */
  private static boolean endsHere(Tokens t, int k) {
    return !t.attached(k)
        || !(t.isNumber(k)
            || t.isWord(k)
            || t.is(k, "/")
            || t.is(k, "-")
            || (t.is(k, ".") || t.is(k, ":")) && t.isNumber(k + 1) && t.attached(k + 1));
  }

  /** The weekday named right before a numeric date, alone, after a comma or before a bracket. */
  private DayOfWeek weekdayBefore(Tokens t, int j) {
    int k = t.is(j - 1, "(") || t.is(j - 1, ",") ? j - 2 : j - 1;
    if (k < 0) {
      return null;
    }
    String dow = words.value(Kind.WEEKDAY, t.key(k));
    return dow == null ? null : DayOfWeek.of(Integer.parseInt(dow));
  }
}
