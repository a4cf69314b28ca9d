package org.entente.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.entente.model.PartialDate;

/**
 * What the grammar understood, before it is read against a publication date. Each variant resolves
 * itself into the three readings of a {@link DateMention}. Resolution never throws: a date that
 * does not exist (30 February) reads as null.
 */
sealed interface TimeExpression {

  /** The three readings; any may be null. */
  record Readings(PartialDate point, PartialDate future, PartialDate due) {
    static final Readings NONE = new Readings(null, null, null);
  }

  /** Resolves against {@code pub}, which may be null. */
  Readings resolve(LocalDate pub);

  /** True when the expression names one day (or a run of days) rather than a period. */
  default boolean isDay() {
    return false;
  }

  /** No date can be given: "soon". */
  record Vague() implements TimeExpression {
    @Override
    public Readings resolve(LocalDate pub) {
      return Readings.NONE;
    }
  }

  /**
   * A calendar day or run of days, "16 April 2025", "March 8-9", "April 30 to May 2". The year may
   * be unknown; the end day of a range is in the same year unless its month comes earlier.
   */
  record CalendarDay(Integer year, int month, int day, int endMonth, int endDay)
      implements TimeExpression {
    @Override
    public boolean isDay() {
      return true;
    }

    @Override
    public Readings resolve(LocalDate pub) {
      if (year != null) {
        LocalDate first = date(year, month, day);
        LocalDate last = date(endMonth < month ? year + 1 : year, endMonth, endDay);
        if (first == null) {
          return Readings.NONE;
        }
        PartialDate p = PartialDate.of(first);
        return new Readings(p, p, last == null ? p : PartialDate.of(last));
      }
      if (!valid(month, day) || !valid(endMonth, endDay)) {
        return Readings.NONE;
      }
      if (pub == null) {
        PartialDate p = new PartialDate(null, month, day);
        return new Readings(p, p, new PartialDate(null, endMonth, endDay));
      }
      LocalDate past = onOrBefore(pub, month, day);
      LocalDate next = onOrAfter(pub, month, day);
      LocalDate last =
          date(endMonth < month ? next.getYear() + 1 : next.getYear(), endMonth, endDay);
      return new Readings(
          PartialDate.of(past), PartialDate.of(next), PartialDate.of(last == null ? next : last));
    }

    private static boolean valid(int month, int day) {
      return day >= 1 && day <= java.time.Month.of(month).maxLength();
    }

    /** The latest occurrence on or before {@code pub} (29 February looks back to a leap year). */
    private static LocalDate onOrBefore(LocalDate pub, int month, int day) {
      for (int y = pub.getYear(); y > pub.getYear() - 8; y--) {
        LocalDate d = date(y, month, day);
        if (d != null && !d.isAfter(pub)) {
          return d;
        }
      }
      return LocalDate.of(pub.getYear() - 1, month, Math.min(day, 28));
    }

    private static LocalDate onOrAfter(LocalDate pub, int month, int day) {
      for (int y = pub.getYear(); y < pub.getYear() + 8; y++) {
        LocalDate d = date(y, month, day);
        if (d != null && !d.isBefore(pub)) {
          return d;
        }
      }
      return LocalDate.of(pub.getYear() + 1, month, Math.min(day, 28));
    }
  }

  /** "On the 14th": a day of the publication month, or of the month before or after. */
  record DayOfMonth(int day) implements TimeExpression {
    @Override
    public boolean isDay() {
      return true;
    }

    @Override
    public Readings resolve(LocalDate pub) {
      if (pub == null || day < 1 || day > 31) {
        return Readings.NONE;
      }
      LocalDate past = null;
      LocalDate next = null;
      YearMonth ym = YearMonth.from(pub);
      for (int k = 0; k < 12 && past == null; k++) {
        LocalDate d = date(ym.minusMonths(k), day);
        past = d != null && !d.isAfter(pub) ? d : null;
      }
      for (int k = 0; k < 12 && next == null; k++) {
        LocalDate d = date(ym.plusMonths(k), day);
        next = d != null && !d.isBefore(pub) ? d : null;
      }
      return new Readings(of(past), of(next), of(next));
    }
  }

  /**
   * "On Monday", "last Friday", "next Tuesday", "this Sunday". A bare weekday reads as on or before
   * publication for a point, on or after it for the future.
   */
  record Weekday(DayOfWeek dow, Relation relation) implements TimeExpression {
    /** The word before the weekday. */
    enum Relation {
      BARE,
      LAST,
      THIS,
      NEXT
    }

    @Override
    public boolean isDay() {
      return true;
    }

    @Override
    public Readings resolve(LocalDate pub) {
      if (pub == null) {
        return Readings.NONE;
      }
      LocalDate d =
          switch (relation) {
            case BARE -> null;
            case LAST -> pub.with(TemporalAdjusters.previous(dow));
            case NEXT -> pub.with(TemporalAdjusters.next(dow));
            case THIS -> pub.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
          };
      if (d != null) {
        PartialDate p = PartialDate.of(d);
        return new Readings(p, p, p);
      }
      PartialDate future = PartialDate.of(pub.with(TemporalAdjusters.nextOrSame(dow)));
      return new Readings(
          PartialDate.of(pub.with(TemporalAdjusters.previousOrSame(dow))), future, future);
    }
  }

  /** "Yesterday", "today", "tomorrow": publication plus {@code offset} days. */
  record RelativeDay(int offset) implements TimeExpression {
    @Override
    public boolean isDay() {
      return true;
    }

    @Override
    public Readings resolve(LocalDate pub) {
      if (pub == null) {
        return Readings.NONE;
      }
      PartialDate p = PartialDate.of(pub.plusDays(offset));
      return new Readings(p, p, p);
    }
  }

  /**
   * An ISO week (Monday to Sunday) or its weekend, {@code offset} weeks from the publication week:
   * "last week", "this week", "next weekend". The point is the first day, the future reading the
   * first day not before publication, the deadline the Sunday.
   */
  record Week(int offset, boolean weekend) implements TimeExpression {
    @Override
    public Readings resolve(LocalDate pub) {
      if (pub == null) {
        return Readings.NONE;
      }
      LocalDate monday = pub.with(DayOfWeek.MONDAY).plusWeeks(offset);
      LocalDate first = weekend ? monday.plusDays(5) : monday;
      LocalDate sunday = monday.plusDays(6);
      LocalDate future = first.isBefore(pub) && !pub.isAfter(sunday) ? pub : first;
      return new Readings(PartialDate.of(first), PartialDate.of(future), PartialDate.of(sunday));
    }
  }

  /**
   * A month, or part of one: "in November", "October 2024", "next month", "the end of the month",
   * "mid-June". With {@code month} null, the month is publication's plus {@code offset}. A named
   * month without a year is the most recent one (this month included) for the point reading and the
   * next one (this month included) for the future and deadline readings; with {@code offset} above
   * 0 ("next June", "septembre prochain") it is the first one after this month for all three.
   *
   * @param dueDay the deadline day, or 0 for the last day of the month
   */
  record MonthPeriod(Integer year, Integer month, int offset, int dueDay)
      implements TimeExpression {
    @Override
    public Readings resolve(LocalDate pub) {
      YearMonth past;
      YearMonth next;
      if (month == null) {
        if (pub == null) {
          return Readings.NONE;
        }
        past = next = YearMonth.from(pub).plusMonths(offset);
      } else if (year != null) {
        past = next = YearMonth.of(year, month);
      } else if (pub == null) {
        return new Readings(null, null, due(null, month));
      } else if (offset > 0) {
        YearMonth now = YearMonth.from(pub);
        next = now.withMonth(month);
        next = next.isAfter(now) ? next : next.plusYears(1);
        past = next;
      } else {
        YearMonth now = YearMonth.from(pub);
        past = now.withMonth(month);
        past = past.isAfter(now) ? past.minusYears(1) : past;
        next = now.withMonth(month);
        next = next.isBefore(now) ? next.plusYears(1) : next;
      }
      return new Readings(
          PartialDate.ofMonth(past.getYear(), past.getMonthValue()),
          PartialDate.ofMonth(next.getYear(), next.getMonthValue()),
          due(next.getYear(), next.getMonthValue()));
    }

    private PartialDate due(Integer y, int m) {
      int last = y == null ? java.time.Month.of(m).maxLength() : YearMonth.of(y, m).lengthOfMonth();
      if (y == null && m == 2 && dueDay == 0) {
        last = 28;
      }
      return new PartialDate(y, m, dueDay == 0 ? last : Math.min(dueDay, last));
    }
  }

  /**
   * A year or a window of its months: "in 2026", "next year", "by mid-2025", "the second half of
   * this year", "the first quarter", "the end of the year". With {@code year} null the year is
   * publication's plus {@code offset}; without a publication date it stays unknown, which still
   * gives a day and month for a deadline that ends inside the year.
   */
  record YearPeriod(Integer year, int offset, int fromMonth, int toMonth)
      implements TimeExpression {
    @Override
    public Readings resolve(LocalDate pub) {
      Integer y = year != null ? year : pub == null ? null : pub.getYear() + offset;
      boolean whole = fromMonth == 1 && toMonth == 12;
      if (y == null) {
        if (whole) {
          return Readings.NONE;
        }
        PartialDate due = new PartialDate(null, toMonth, java.time.Month.of(toMonth).minLength());
        return new Readings(null, null, due);
      }
      PartialDate point =
          fromMonth == toMonth ? PartialDate.ofMonth(y, fromMonth) : PartialDate.ofYear(y);
      return new Readings(point, point, PartialDate.of(YearMonth.of(y, toMonth).atEndOfMonth()));
    }
  }

  /**
   * "Within two weeks", "over 10 years", "in 30 days" (sign +1) and "three days ago" (sign -1):
   * publication moved by an amount of time. Hours round up to whole days.
   */
  record Duration(int amount, ChronoUnit unit, int sign) implements TimeExpression {
    @Override
    public Readings resolve(LocalDate pub) {
      if (pub == null) {
        return Readings.NONE;
      }
      LocalDate d =
          unit == ChronoUnit.HOURS
              ? pub.plusDays(sign * ((amount + 23L) / 24))
              : pub.plus((long) sign * amount, unit);
      PartialDate p = PartialDate.of(d);
      return sign < 0 ? new Readings(p, p, p) : new Readings(null, p, p);
    }
  }

  private static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    YearMonth ym = YearMonth.of(year, month);
    return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
  }

  private static LocalDate date(YearMonth ym, int day) {
    return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
  }

  private static PartialDate of(LocalDate d) {
    return d == null ? null : PartialDate.of(d);
  }
}
