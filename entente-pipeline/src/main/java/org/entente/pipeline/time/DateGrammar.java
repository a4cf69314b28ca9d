package org.entente.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.entente.pipeline.time.DateWords.Kind;
import org.entente.pipeline.time.TimeExpression.CalendarDay;
import org.entente.pipeline.time.TimeExpression.DayOfMonth;
import org.entente.pipeline.time.TimeExpression.Duration;
import org.entente.pipeline.time.TimeExpression.MonthPeriod;
import org.entente.pipeline.time.TimeExpression.RelativeDay;
import org.entente.pipeline.time.TimeExpression.Vague;
import org.entente.pipeline.time.TimeExpression.Week;
import org.entente.pipeline.time.TimeExpression.Weekday;
import org.entente.pipeline.time.TimeExpression.YearPeriod;

/**
 * The grammar of time expressions, a hand-written recursive-descent matcher over {@link Tokens}.
 *
 * <p>Design: an expression is an optional run of opening words (prepositions such as "in", bounds
 * such as "by" or "no later than", modifiers such as "later", duration words such as "within"),
 * then one core form (a calendar day, a month, a year, a weekday, a relative word, a period part
 * such as "the end of the year" or "the second half of 2025", an amount of time). Every rule looks
 * at a bounded number of tokens ahead, so matching at each position costs constant time and a scan
 * of the text is linear. Open word lists come from {@link DateWords}; the closed grammar words
 * ("the", "of", "end", "half", "next") are part of the grammar and live here.
 *
 * <p>Immutable and thread-safe.
 */
final class DateGrammar {

  /** A match of tokens {@code [from, to)}. */
  record Match(int from, int to, TimeExpression expr, boolean bound) {}

  private record Core(int to, TimeExpression expr) {}

  /** What the opening words allow. */
  private record Opening(boolean any, boolean strong, boolean duration) {}

  private enum Part {
    WHOLE,
    START,
    MID,
    END
  }

  private static final Set<String> RANGE = Set.of("-", "–", "—", "to", "through", "and", "until");
  private static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");
  private static final Set<String> LIST = Set.of(",", "and", "or", "&");

  /**
   * Lower-case words that may follow a year after a weak opening ("scheduled for 2025 in Lima",
   * "for 2025 and beyond"): a preposition or a conjunction ends the date, where another word makes
   * the number a count ("for 2025 delegates").
   */
  private static final Set<String> AFTER_YEAR =
      Set.of(
          "in", "at", "on", "and", "or", "with", "when", "after", "before", "as", "but", "while");

  private static final int MAX_OPENING = 4;

  /** The closed words of the grammar itself, beside the open lists of {@link DateWords}. */
  private static final Set<String> GRAMMAR_WORDS =
      Set.of(
          "the",
          "of",
          "end",
          "beginning",
          "start",
          "middle",
          "mid",
          "midyear",
          "year",
          "month",
          "week",
          "weekend",
          "night",
          "this",
          "next",
          "last",
          "coming",
          "following",
          "few",
          "several",
          "half",
          "quarter",
          "q",
          "h",
          "as",
          "possible",
          "ago",
          "and",
          "or",
          "&",
          "to",
          "through",
          "until",
          "st",
          "nd",
          "rd",
          "th",
          "day",
          "days",
          "-",
          "–",
          "—",
          ",",
          ".",
          "/",
          "(",
          ")",
          ":",
          ";",
          "%");

  /** The grammar words that can open an expression. */
  private static final Set<String> GRAMMAR_STARTERS =
      Set.of(
          "the",
          "end",
          "beginning",
          "start",
          "middle",
          "mid",
          "midyear",
          "year",
          "this",
          "next",
          "last",
          "coming",
          "following",
          "q",
          "h",
          "as");

  private final DateWords words;
  private final Vocabulary vocabulary;

  DateGrammar(DateWords words) {
    this.words = words;
    Set<String> starters = new java.util.HashSet<>(words.allWords());
    starters.removeIf(w -> w.length() == 1 && !Character.isLetter(w.charAt(0)));
    starters.addAll(GRAMMAR_STARTERS);
    Set<String> all = new java.util.HashSet<>(starters);
    all.addAll(words.allWords());
    all.addAll(GRAMMAR_WORDS);
    this.vocabulary = new Vocabulary(all, starters);
  }

  /** Tokenises {@code text} for this grammar. */
  Tokens tokenise(CharSequence text) {
    return new Tokens(text, vocabulary);
  }

  /**
   * The longest expression that starts at token {@code i}, or null.
   *
   * @param listedYear true when {@code i} continues a list after a year ("in 1967, 1981")
   */
  Match match(Tokens t, int i, boolean listedYear) {
    Match best = null;
    int v = words.matchLength(Kind.VAGUE, t, i);
    if (v > 0) {
      best = new Match(i, i + v, new Vague(), false);
    } else if (t.is(i, "as") && t.isWord(i + 1) && t.is(i + 2, "as") && t.is(i + 3, "possible")) {
      best = new Match(i, i + 4, new Vague(), false);
    }
    int j = i;
    boolean bound = false;
    boolean strong = false;
    boolean duration = false;
    for (int n = 0; n < MAX_OPENING; n++) {
      int b = words.matchLength(Kind.BOUND, t, j);
      String key = t.key(j);
      if (b > 0) {
        bound = true;
        strong = true;
        duration = b == 1 && words.has(Kind.DURATION, key);
        j += b;
      } else if (words.has(Kind.PREP, key)) {
        strong |= "strong".equals(words.value(Kind.PREP, key));
        duration = words.has(Kind.DURATION, key);
        j++;
      } else if (words.has(Kind.MODIFIER, key) || words.has(Kind.DURATION, key)) {
        duration = words.has(Kind.DURATION, key);
        j++;
      } else {
        break;
      }
    }
    if (j == i && v > 0) {
      return best;
    }
    Core core = core(t, j, new Opening(j > i || listedYear, strong || listedYear, duration));
    if (core != null && (best == null || core.to() > best.to())) {
      best = new Match(i, core.to(), core.expr(), bound);
    }
    return best;
  }

  /**
   * A phrase at token {@code i} naming the day before or after another date ("the day before", "the
   * following day"): {@code {length, offset}}, or null. A phrase that ends in "before" or "after"
   * must not be followed by a word ("the day before the vote" names no date here).
   */
  int[] anchoredDay(Tokens t, int i) {
    int before = words.matchLength(Kind.DAYBEFORE, t, i);
    int after = words.matchLength(Kind.DAYAFTER, t, i);
    int n = Math.max(before, after);
    if (n == 0) {
      return null;
    }
    String last = t.key(i + n - 1);
    if (("before".equals(last) || "after".equals(last)) && t.isWord(i + n)) {
      return null;
    }
    return new int[] {n, before >= after ? -1 : 1};
  }

  private Core core(Tokens t, int j, Opening o) {
    String key = t.key(j);
    if (key == null) {
      return null;
    }
    int rel = words.intValue(Kind.RELDAY, key);
    if (words.has(Kind.RELDAY, key)) {
      return new Core(dayPart(t, j + 1), new RelativeDay(rel));
    }
    Core c;
    if ((c = periodPart(t, j)) != null
        || (c = halfOrQuarter(t, j)) != null
        || (c = relative(t, j)) != null
        || (c = duration(t, j, o)) != null
        || (c = weekday(t, j, o)) != null
        || (c = dayFirst(t, j)) != null
        || (c = monthFirst(t, j, o)) != null
        || (c = numeric(t, j)) != null
        || (c = year(t, j, o)) != null) {
      return c;
    }
    return null;
  }

  // "the end of the year", "end-2025", "year-end", "mid-2025", "the beginning of next month"
  private Core periodPart(Tokens t, int j) {
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
      Core relative = monthOfRelativeYear(t, q, m.value());
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
  private Core halfOrQuarter(Tokens t, int j) {
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

  // "this week", "next month", "last year", "this weekend", "next Tuesday", "the coming week"
  private Core relative(Tokens t, int j) {
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
      return new Core(dayPart(t, k + 2), new Weekday(DayOfWeek.of(Integer.parseInt(dow)), r));
    }
    DateWords.Month m = words.month(key);
    if (m != null && !m.abbrev() && t.isCapitalised(k + 1) && k == j) {
      return new Core(k + 2, new MonthPeriod(null, m.value(), offset > 0 ? 1 : 0, 0));
    }
    return null;
  }

  // "within two weeks", "over the next 10 years", "in the coming weeks", "three days ago"
  private Core duration(Tokens t, int j, Opening o) {
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

  // "Monday", "Monday evening", "Tuesday, March 3"
  private Core weekday(Tokens t, int j, Opening o) {
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
          dayFirst(t, k), monthFirst(t, k, new Opening(true, false, false)), numeric(t, k)
        }) {
      if (date != null && date.expr().isDay() && (!bracket || t.is(date.to(), ")"))) {
        return bracket ? new Core(date.to() + 1, date.expr()) : date;
      }
    }
    int end = dayPart(t, j + 1);
    if (!o.any() && end == j + 1 && t.isCapitalised(j + 1) && words.month(t.key(j + 1)) == null) {
      return null; // "Sunday Times"
    }
    return new Core(end, new Weekday(DayOfWeek.of(Integer.parseInt(dow)), Weekday.Relation.BARE));
  }

  // "16 April", "16th April 2025", "8-9 March", "the 14th", "the 3rd of May"
  private Core dayFirst(Tokens t, int j) {
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
        dayPart(t, end), new CalendarDay(y > 0 ? y : null, m.value(), day, m.value(), endDay));
  }

  // "April 16", "Sept. 3, 2025", "March 8-9", "March 30 to April 2", "October 2024", "in May"
  private Core monthFirst(Tokens t, int j, Opening o) {
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
          dayPart(t, end), new CalendarDay(y > 0 ? y : null, m.value(), day, endMonth, endDay));
    }
    int yAt = t.is(k, ",") || t.is(k, "of") ? k + 1 : k;
    int y = yearValue(t, yAt);
    if (y > 0) {
      return new Core(yAt + 1, new MonthPeriod(y, m.value(), 0, 0));
    }
    Core relative = monthOfRelativeYear(t, k, m.value());
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

  // "2024-10-16", "16/04/2025", "05/09/2023" (day first unless a weekday says otherwise)
  private Core numeric(Tokens t, int j) {
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

  // "in 1987", "since 2012", "by 2030"; not "2024 delegates", not "of 2000 people"
  private Core year(Tokens t, int j, Opening o) {
    int y = yearValue(t, j);
    if (y >= 0 && !o.any() && t.is(j - 1, "the") && t.isCapitalised(j + 1)) {
      return new Core(j + 1, new YearPeriod(y, 0, 1, 12)); // "the 1986 Tokyo summit"
    }
    if (y < 0 || !o.any() || t.attached(j + 1) && t.isWord(j + 1)) {
      return null;
    }
    if (!o.strong() && t.isLowerWord(j + 1) && !in(AFTER_YEAR, t.key(j + 1))) {
      return null;
    }
    return new Core(j + 1, new YearPeriod(y, 0, 1, 12));
  }

  /** True when token {@code i} can continue a list after a year that ended at token {@code i-1}. */
  static boolean continuesList(Tokens t, int from, int i) {
    if (i - from < 1 || i - from > 2) {
      return false;
    }
    for (int k = from; k < i; k++) {
      if (!in(LIST, t.key(k))) {
        return false;
      }
    }
    return t.digits(i) == 4;
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

  private int day(Tokens t, int k) {
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

  /** True when some year has day {@code day} in month {@code month} (29 February does). */
  private static boolean exists(int month, int day) {
    return day >= 1 && day <= java.time.Month.of(month).maxLength();
  }

  private static boolean exists(int year, int month, int day) {
    return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
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

  private static int abbreviationDot(Tokens t, int k, DateWords.Month m) {
    return m.abbrev() && t.is(k + 1, ".") && t.attached(k + 1) ? k + 2 : k + 1;
  }

  private int dayPart(Tokens t, int k) {
    return words.has(Kind.DAYPART, t.key(k)) ? k + 1 : k;
  }

  /** A four-digit year 1900-2099 not glued to more digits, or -1. */
  private static int yearValue(Tokens t, int k) {
    if (t.digits(k) != 4) {
      return -1;
    }
    if (t.attached(k + 1)
        && (t.is(k + 1, ",") || t.is(k + 1, "."))
        && t.isNumber(k + 2)
        && t.attached(k + 2)) {
      return -1;
    }
    int y = t.number(k, 4);
    return y >= 1900 && y <= 2099 ? y : -1;
  }

  private static boolean in(Set<String> set, String key) {
    return key != null && set.contains(key);
  }

  /**
   * "March next year", "March of this year": month {@code month} of the year that "next", "this" or
   * "last year" names, from token {@code k} after the month; null when no such year follows.
   */
  private static Core monthOfRelativeYear(Tokens t, int k, int month) {
    int p = t.is(k, "of") ? k + 1 : k;
    int offset = relativeOffset(t.key(p));
    if (offset == Integer.MIN_VALUE || !t.is(p + 1, "year")) {
      return null;
    }
    return new Core(p + 2, new YearPeriod(null, offset, month, month));
  }

  private static int relativeOffset(String key) {
    if (key == null) {
      return Integer.MIN_VALUE;
    }
    return switch (key) {
      case "this" -> 0;
      case "next" -> 1;
      case "last" -> -1;
      default -> Integer.MIN_VALUE;
    };
  }
}
