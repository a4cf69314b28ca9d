package org.entente.pipeline.time;

import static org.entente.pipeline.time.DateFields.ORDINAL_SUFFIX;
import static org.entente.pipeline.time.DateFields.abbreviationDot;
import static org.entente.pipeline.time.DateFields.in;
import static org.entente.pipeline.time.DateFields.relativeOffset;
import static org.entente.pipeline.time.DateFields.yearValue;

import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.MonthPeriod;
import org.entente.pipeline.time.TimeExpression.Week;
import org.entente.pipeline.time.TimeExpression.YearPeriod;

/**
 * Parts of a period as core forms of a time expression: the start, middle or end of a year or a
 * month, the end of a week ("the start of next year", "mid-June", "the end of the week"), and the
 * halves and quarters of a year ("the first half of 2027", "Q4"). A part of a month is due on a
 * fixed day of it: the tenth for its start, the fifteenth for its middle.
 *
 * <p>Immutable and thread-safe.
 */
final class PeriodParts {

  private enum Part {
    WHOLE,
    START,
    MID,
    END
  }

  private final DateWords words;

  PeriodParts(DateWords words) {
    this.words = words;
  }

  // "the end of the year", "end-2025", "year-end", "mid-2025", "the beginning of next month"
  Core periodPart(Tokens t, int j) {
    int k = t.is(j, "the") ? j + 1 : j;
    String key = t.key(k);
    if (key == null) {
      return null;
    }
    if (key.equals("year") && (t.is(k + 1, "end") || t.is(k + 1, "-") && t.is(k + 2, "end"))) {
      return new Core(t.is(k + 1, "end") ? k + 2 : k + 3, new YearPeriod(null, 0, 12, 12));
    }
    if (key.equals("midyear")) {
      return new Core(k + 1, new YearPeriod(null, 0, 6, 6));
    }
    Part part =
        switch (key) {
          case "end" -> Part.END;
          case "beginning", "start" -> Part.START;
          case "middle", "mid" -> Part.MID;
          default -> null;
        };
    if (part == null) {
      return null;
    }
    int p = k + 1;
    if (t.is(p, "of") || t.is(p, "-")) {
      p++;
    } else if (!key.equals("mid")) {
      return null;
    }
    return period(t, p, part);
  }

  private Core period(Tokens t, int k, Part part) {
    int from = 1;
    int to = 12;
    int dueDay = 0;
    switch (part) {
      case START -> {
        to = 1;
        dueDay = 10;
      }
      case MID -> {
        from = to = 6;
        dueDay = 15;
      }
      case END -> from = 12;
      default -> {}
    }
    int p = t.is(k, "the") ? k + 1 : k;
    int offset = relativeOffset(t.key(p));
    if (offset != Integer.MIN_VALUE || p > k || t.is(k, "year") || t.is(k, "month")) {
      int q = offset != Integer.MIN_VALUE ? p + 1 : p;
      int off = offset == Integer.MIN_VALUE ? 0 : offset;
      if (t.is(q, "year")) {
        return new Core(q + 1, new YearPeriod(null, off, from, to));
      }
      if (t.is(q, "month")) {
        return new Core(q + 1, new MonthPeriod(null, null, off, dueDay));
      }
      if (t.is(q, "week") && part == Part.END) {
        return new Core(q + 1, new Week(off, false));
      }
      return null;
    }
    int y = yearValue(t, k);
    if (y > 0) {
      return new Core(k + 1, new YearPeriod(y, 0, from, to));
    }
    DateWords.Month m = words.month(t.key(k));
    if (m != null && t.isCapitalised(k)) {
      int q = abbreviationDot(t, k, m);
      int yy = yearValue(t, q);
      Core relative = RelativeDates.monthOfRelativeYear(t, q, m.value());
      if (yy <= 0 && relative != null) {
        return relative; // "by the end of March next year"
      }
      return yy > 0
          ? new Core(q + 1, new MonthPeriod(yy, m.value(), 0, dueDay))
          : new Core(q, new MonthPeriod(null, m.value(), 0, dueDay));
    }
    return null;
  }

  // "the second half of this year", "the first quarter of 2025", "Q3 2024", "H1"
  Core halfOrQuarter(Tokens t, int j) {
    int k = t.is(j, "the") ? j + 1 : j;
    int ord;
    String unit;
    int p;
    if ((t.is(k, "q") || t.is(k, "h")) && t.attached(k + 1) && t.digits(k + 1) == 1) {
      ord = t.number(k + 1, 1);
      unit = t.is(k, "q") ? "quarter" : "half";
      p = k + 2;
    } else {
      ord = words.intValue(Kind.ORDINAL, t.key(k));
      p = k + 1;
      if (ord < 0 && t.digits(k) == 1 && t.attached(k + 1) && in(ORDINAL_SUFFIX, t.key(k + 1))) {
        ord = t.number(k, 1);
        p = k + 2;
      }
      unit = t.key(p);
      p++;
    }
    int from;
    int to;
    if ("half".equals(unit) && (ord == 1 || ord == 2)) {
      from = ord == 1 ? 1 : 7;
      to = ord == 1 ? 6 : 12;
    } else if ("quarter".equals(unit) && ord >= 1 && ord <= 4) {
      from = 3 * ord - 2;
      to = 3 * ord;
    } else {
      return null;
    }
    int q = t.is(p, "of") ? p + 1 : p;
    int y = yearValue(t, q);
    if (y > 0) {
      return new Core(q + 1, new YearPeriod(y, 0, from, to));
    }
    if (t.is(q, "the") && t.is(q + 1, "year")) {
      return new Core(q + 2, new YearPeriod(null, 0, from, to));
    }
    int offset = relativeOffset(t.key(q));
    if (offset != Integer.MIN_VALUE && t.is(q + 1, "year")) {
      return new Core(q + 2, new YearPeriod(null, offset, from, to));
    }
    return new Core(p, new YearPeriod(null, 0, from, to));
  }
}
