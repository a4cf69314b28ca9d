package org.entente.pipeline.time;

import static org.entente.pipeline.time.DateFields.ORDINAL_SUFFIX;
import static org.entente.pipeline.time.DateFields.abbreviationDot;
import static org.entente.pipeline.time.DateFields.dayPart;
import static org.entente.pipeline.time.DateFields.exists;
import static org.entente.pipeline.time.DateFields.in;
import static org.entente.pipeline.time.DateFields.yearValue;

import java.time.DayOfWeek;
import java.util.Set;
import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.CalendarDay;
import org.entente.pipeline.time.TimeExpression.DayOfMonth;
import org.entente.pipeline.time.TimeExpression.MonthPeriod;
import org.entente.pipeline.time.TimeExpression.Weekday;

/**
 * Dates that name their month or weekday in words, as core forms of a time expression: a day and a
 * month in either order, perhaps a range of days and a year ("28 Nov.", "November 27-29, 2031",
 * "the 29th of November"), a month with or without its year ("November 2031", "since November"),
 * and a weekday, perhaps with the full date after it ("Sunday evening", "Sunday, 29 November
 * 2031"). Day numbers that no month has, amounts ("April 1,500") and times ("May 5:30") are not
 * days; days written in digits alone are {@link NumericDates}.
 *
 * <p>Immutable and thread-safe.
 */
final class CalendarDates {

  private static final Set<String> RANGE = Set.of("-", "–", "—", "to", "through", "and", "until");

  private final DateWords words;
  private final NumericDates numeric;

  CalendarDates(DateWords words, NumericDates numeric) {
    this.words = words;
    this.numeric = numeric;
  }

  // "Monday", "Monday evening", "Tuesday, March 3"
  Core weekday(Tokens t, int j, Opening o) {
    String dow = words.value(Kind.WEEKDAY, t.key(j));
    if (dow == null || !t.isCapitalised(j)) {
      return null;
    }
    boolean bracket = t.is(j + 1, "(");
    // "Tuesday, 9 May 2023", "Tuesday (9 May 2023)", "Tuesday (05/09/2023)", "Tuesday 14 May
    // 2024": the full date wins
    int k = t.is(j + 1, ",") || bracket ? j + 2 : j + 1;
    for (Core date :
        new Core[] {
          dayFirst(t, k), monthFirst(t, k, new Opening(true, false, false)), numeric.date(t, k)
        }) {
      if (date != null && date.expr().isDay() && (!bracket || t.is(date.to(), ")"))) {
        return bracket ? new Core(date.to() + 1, date.expr()) : date;
      }
    }
    int end = dayPart(words, t, j + 1);
    if (!o.any() && end == j + 1 && t.isCapitalised(j + 1) && words.month(t.key(j + 1)) == null) {
      return null; // "Sunday Times"
    }
    return new Core(end, new Weekday(DayOfWeek.of(Integer.parseInt(dow)), Weekday.Relation.BARE));
  }

  // "16 April", "16th April 2025", "8-9 March", "the 14th", "the 3rd of May"
  Core dayFirst(Tokens t, int j) {
    boolean the = t.is(j, "the");
    int k = the ? j + 1 : j;
    int day = day(t, k);
    if (day < 0) {
      return null;
    }
    int p = ordinalSuffix(t, k + 1);
    boolean ordinal = p > k + 1;
    int endDay = day;
    int r = rangeEnd(t, p);
    if (r > 0) {
      endDay = day(t, r);
      p = ordinalSuffix(t, r + 1);
    }
    int q = t.is(p, "of") ? p + 1 : p;
    DateWords.Month m = words.month(t.key(q));
    if (m == null || !t.isCapitalised(q) || endDay < day || !exists(m.value(), endDay)) {
      if ((the || j > 0 && t.is(j - 1, "on")) && ordinal && r < 0 && !t.isWord(p)) {
        // "the 14th", "on 4th": a day of the month the text is in
        return new Core(p, new DayOfMonth(day));
      }
      return null;
    }
    int e = abbreviationDot(t, q, m);
    int y = yearValue(t, t.is(e, ",") ? e + 1 : e);
    int end = y > 0 ? (t.is(e, ",") ? e + 2 : e + 1) : e;
    if (y > 0 && !exists(y, m.value(), endDay)) {
      return null;
    }
    return new Core(
        dayPart(words, t, end),
        new CalendarDay(y > 0 ? y : null, m.value(), day, m.value(), endDay));
  }

  // "April 16", "Sept. 3, 2025", "March 8-9", "March 30 to April 2", "October 2024", "in May"
  Core monthFirst(Tokens t, int j, Opening o) {
    DateWords.Month m = words.month(t.key(j));
    if (m == null || !t.isCapitalised(j)) {
      return null;
    }
    int k = abbreviationDot(t, j, m);
    int day = day(t, k);
    if (day > 0) {
      int p = ordinalSuffix(t, k + 1);
      int endMonth = m.value();
      int endDay = day;
      int r = rangeEnd(t, p);
      if (r > 0) {
        DateWords.Month m2 = words.month(t.key(r));
        if (m2 != null && t.isCapitalised(r)) {
          int r2 = abbreviationDot(t, r, m2);
          if (day(t, r2) > 0) {
            endMonth = m2.value();
            endDay = day(t, r2);
            p = ordinalSuffix(t, r2 + 1);
          }
        } else if (day(t, r) >= day) {
          endDay = day(t, r);
          p = ordinalSuffix(t, r + 1);
        }
      }
      if (!exists(m.value(), day) || !exists(endMonth, endDay)) {
        return null;
      }
      int yAt = t.is(p, ",") ? p + 1 : p;
      int y = yearValue(t, yAt);
      int end = y > 0 ? yAt + 1 : p;
      if (y > 0 && (!exists(y, m.value(), day) || !exists(y, endMonth, endDay))) {
        return null;
      }
      return new Core(
          dayPart(words, t, end),
          new CalendarDay(y > 0 ? y : null, m.value(), day, endMonth, endDay));
    }
    int yAt = t.is(k, ",") || t.is(k, "of") ? k + 1 : k;
    int y = yearValue(t, yAt);
    if (y > 0) {
      return new Core(yAt + 1, new MonthPeriod(y, m.value(), 0, 0));
    }
    Core relative = RelativeDates.monthOfRelativeYear(t, k, m.value());
    if (relative != null && !m.abbrev()) {
      return relative; // "in March next year"
    }
    if (m.abbrev() || m.ambiguous() && !o.strong()) {
      return null;
    }
    if (!o.any() && t.isCapitalised(k)) {
      return null; // "April Ryan"
    }
    return new Core(k, new MonthPeriod(null, m.value(), 0, 0));
  }

  private static int day(Tokens t, int k) {
    int d = t.digits(k) <= 2 ? t.number(k, 2) : -1;
    if (d < 1 || d > 31) {
      return -1;
    }
    // "April 1,500" or "June 2.5" are amounts, "May 5:30" a time
    String next = t.key(k + 1);
    if (t.attached(k + 1)
        && (",".equals(next) || ".".equals(next) || ":".equals(next))
        && t.isNumber(k + 2)
        && t.attached(k + 2)) {
      return -1;
    }
    if ("%".equals(next)) {
      return -1;
    }
    return d;
  }

  private static int ordinalSuffix(Tokens t, int k) {
    // "4th", and "4 th" as a damaged text splits it
    return in(ORDINAL_SUFFIX, t.key(k)) && (t.attached(k) || !t.isWord(k + 1)) ? k + 1 : k;
  }

  /** The token after a range word ("8-9", "8 to 10") when a number or month follows, or -1. */
  private int rangeEnd(Tokens t, int p) {
    if (!in(RANGE, t.key(p))) {
      return -1;
    }
    return t.isNumber(p + 1) || words.month(t.key(p + 1)) != null ? p + 1 : -1;
  }
}
