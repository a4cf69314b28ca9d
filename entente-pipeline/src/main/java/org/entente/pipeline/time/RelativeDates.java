package org.entente.pipeline.time;

import static org.entente.pipeline.time.DateFields.dayPart;
import static org.entente.pipeline.time.DateFields.relativeOffset;

import java.time.DayOfWeek;
import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.MonthPeriod;
import org.entente.pipeline.time.TimeExpression.RelativeDay;
import org.entente.pipeline.time.TimeExpression.Week;
import org.entente.pipeline.time.TimeExpression.Weekday;
import org.entente.pipeline.time.TimeExpression.YearPeriod;

/**
 * Dates relative to publication as core forms of a time expression: a relative day, perhaps with a
 * part of it ("yesterday evening", "tomorrow morning"), and a week, weekend, month or year, a
 * weekday or a named month moved by "this", "next", "last", "coming" or "following" ("the following
 * month", "last Sunday", "next March"). The relative-day and part-of-day words come from {@link
 * DateWords}.
 *
 * <p>Immutable and thread-safe.
 */
final class RelativeDates {

  private final DateWords words;

  RelativeDates(DateWords words) {
    this.words = words;
  }

  // "today", "yesterday", "tomorrow morning"
  Core day(Tokens t, int j) {
    String key = t.key(j);
    if (!words.has(Kind.RELDAY, key)) {
      return null;
    }
    return new Core(dayPart(words, t, j + 1), new RelativeDay(words.intValue(Kind.RELDAY, key)));
  }

  // "this week", "next month", "last year", "this weekend", "next Tuesday", "the coming week"
  Core relative(Tokens t, int j) {
    int k = t.is(j, "the") ? j + 1 : j;
    int offset;
    if (t.is(k, "coming") || k > j && (t.is(k, "next") || t.is(k, "following"))) {
      offset = 1;
    } else if (k == j) {
      offset = relativeOffset(t.key(k));
    } else {
      return null;
    }
    if (offset == Integer.MIN_VALUE) {
      return null;
    }
    String key = t.key(k + 1);
    if (key == null) {
      return null;
    }
    switch (key) {
      case "week":
        return new Core(k + 2, new Week(offset, false));
      case "weekend":
        return new Core(k + 2, new Week(offset, true));
      case "month":
        return new Core(k + 2, new MonthPeriod(null, null, offset, 0));
      case "year":
        return new Core(k + 2, new YearPeriod(null, offset, 1, 12));
      case "night":
        return offset == -1 ? new Core(k + 2, new RelativeDay(-1)) : null;
      default:
        break;
    }
    if (offset == 0 && words.has(Kind.DAYPART, key)) {
      return new Core(k + 2, new RelativeDay(0));
    }
    String dow = words.value(Kind.WEEKDAY, key);
    if (dow != null && t.isCapitalised(k + 1) && k == j) {
      Weekday.Relation r =
          offset < 0
              ? Weekday.Relation.LAST
              : offset == 0 ? Weekday.Relation.THIS : Weekday.Relation.NEXT;
      return new Core(
          dayPart(words, t, k + 2), new Weekday(DayOfWeek.of(Integer.parseInt(dow)), r));
    }
    DateWords.Month m = words.month(key);
    if (m != null && !m.abbrev() && t.isCapitalised(k + 1) && k == j) {
      return new Core(k + 2, new MonthPeriod(null, m.value(), offset > 0 ? 1 : 0, 0));
    }
    return null;
  }

  /**
   * "March next year", "March of this year": month {@code month} of the year that "next", "this" or
   * "last year" names, from token {@code k} after the month; null when no such year follows.
   */
  static Core monthOfRelativeYear(Tokens t, int k, int month) {
    int p = t.is(k, "of") ? k + 1 : k;
    int offset = relativeOffset(t.key(p));
    if (offset == Integer.MIN_VALUE || !t.is(p + 1, "year")) {
      return null;
    }
    return new Core(p + 2, new YearPeriod(null, offset, month, month));
  }
}
