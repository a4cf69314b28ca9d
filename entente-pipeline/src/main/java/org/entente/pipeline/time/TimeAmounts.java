package org.entente.pipeline.time;

import java.time.temporal.ChronoUnit;
import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.Duration;
import org.entente.pipeline.time.TimeExpression.Vague;

/**
 * Amounts of time: the core form that counts from publication ("within three weeks", "over the next
 * ten years", "three days ago"; "over the next few months" sets no date), and the length in days of
 * an event named in front of a date ("a three-day meeting on Friday"). Number words come from
 * {@link DateWords}; the units are those of {@link ChronoUnit} from hours to years.
 *
 * <p>Immutable and thread-safe.
 */
final class TimeAmounts {

  private final DateWords words;

  TimeAmounts(DateWords words) {
    this.words = words;
  }

  // "within two weeks", "over the next 10 years", "in the coming weeks", "three days ago"
  Core duration(Tokens t, int j, Opening o) {
    int k = t.is(j, "the") ? j + 1 : j;
    boolean ahead = false;
    if (t.is(k, "next") || t.is(k, "coming") || t.is(k, "following")) {
      ahead = true;
      k++;
    }
    if (!o.duration() && !ahead && k == j) {
      int[] a = amount(t, k);
      if (a != null && unit(t.key(a[1])) != null && t.is(a[1] + 1, "ago")) {
        return new Core(a[1] + 2, new Duration(a[0], unit(t.key(a[1])), -1));
      }
      return null;
    }
    if (!o.duration() && !(ahead && o.any())) {
      return null;
    }
    if (t.is(k, "few") || t.is(k, "several")) {
      k++;
      String u = t.key(k);
      return unit(u) != null && u.endsWith("s") ? new Core(k + 1, new Vague()) : null;
    }
    int[] a = amount(t, k);
    if (a == null) {
      String u = t.key(k);
      return ahead && unit(u) != null && u.endsWith("s") ? new Core(k + 1, new Vague()) : null;
    }
    ChronoUnit u = unit(t.key(a[1]));
    if (u == null) {
      return null;
    }
    int end = a[1] + 1;
    if (t.is(end, "ago")) {
      return new Core(end + 1, new Duration(a[0], u, -1));
    }
    return new Core(end, new Duration(a[0], u, 1));
  }

  /**
   * The length in days of an event named just before token {@code i}, "a four-day visit on
   * Tuesday", or 1: looks back at most six tokens, within the sentence.
   */
  int eventDays(Tokens t, int i) {
    for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
      String key = t.key(k);
      if (key == null || ".".equals(key) || ";".equals(key)) {
        return 1;
      }
      if (key.equals("day") && t.is(k - 1, "-") && k >= 2) {
        int n = words.intValue(Kind.NUMBER, t.key(k - 2));
        n = n > 0 ? n : t.number(k - 2, 2);
        return n > 1 && n <= 31 ? n : 1;
      }
    }
    return 1;
  }

  /** {value, index after the amount}, or null: "two", "twenty-four", "30". */
  private int[] amount(Tokens t, int k) {
    int n = words.intValue(Kind.NUMBER, t.key(k));
    if (n > 0) {
      if (n >= 20 && n % 10 == 0 && t.is(k + 1, "-")) {
        int units = words.intValue(Kind.NUMBER, t.key(k + 2));
        if (units > 0 && units < 10) {
          return new int[] {n + units, k + 3};
        }
      }
      return new int[] {n, k + 1};
    }
    int d = t.number(k, 3);
    return d > 0 ? new int[] {d, k + 1} : null;
  }

  private static ChronoUnit unit(String key) {
    if (key == null) {
      return null;
    }
    return switch (key) {
      case "hour", "hours" -> ChronoUnit.HOURS;
      case "day", "days" -> ChronoUnit.DAYS;
      case "week", "weeks" -> ChronoUnit.WEEKS;
      case "month", "months" -> ChronoUnit.MONTHS;
      case "year", "years" -> ChronoUnit.YEARS;
      default -> null;
    };
  }
}
