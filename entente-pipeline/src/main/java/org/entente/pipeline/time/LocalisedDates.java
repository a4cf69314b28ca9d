package org.entente.pipeline.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.pipeline.text.CharClass;

/**
 * Finds the time expressions of a French or Spanish text ("le jeudi 3 mars 2026", "les 8 et 17
 * avril", "d'ici la fin de l'année", "el próximo mes", "antes de fin de año", "mañana jueves") and
 * reads them against the publication date with the same {@link TimeExpression} readings as English,
 * so that the dates and their kinds (exact, latest, vague) mean the same in every language. The
 * word lists come from the language's {@code date-words.tsv} (format in its header); the patterns
 * are built from them once. Works on folded text ({@code org.entente.pipeline.lang.Folding}: lower
 * case, no accents, same length).
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalisedDates {

  private final Map<String, Integer> months = new HashMap<>();
  private final Map<String, Integer> weekdays = new HashMap<>();
  private final Map<String, Integer> relDays = new HashMap<>();
  private final Map<String, Integer> numbers = new HashMap<>();
  private final Map<String, String> units = new HashMap<>();
  private final Map<String, int[]> periods = new HashMap<>();
  private final List<String> next;
  private final List<String> last;
  private final List<String> thisWords;
  private final List<String> before;
  private final List<Pattern> patterns = new ArrayList<>();
  private final Pattern morning;

  /**
   * @param words the folded words of each kind of {@code date-words.tsv}, each with its value
   */
  public LocalisedDates(Function<String, List<String[]>> words) {
    words.apply("month").forEach(w -> months.put(w[0], Integer.parseInt(w[1])));
    words.apply("weekday").forEach(w -> weekdays.put(w[0], Integer.parseInt(w[1])));
    words.apply("relday").forEach(w -> relDays.put(w[0], Integer.parseInt(w[1])));
    words.apply("number").forEach(w -> numbers.put(w[0], Integer.parseInt(w[1])));
    words.apply("unit").forEach(w -> units.put(w[0], w[1]));
    for (String[] w : words.apply("period")) {
      String[] ft = w[1].split("-");
      periods.put(w[0], new int[] {Integer.parseInt(ft[0]), Integer.parseInt(ft[1])});
    }
    next = firsts(words.apply("next"));
    last = firsts(words.apply("last"));
    thisWords = firsts(words.apply("this"));
    before = firsts(words.apply("before"));
    String m = alt(months.keySet());
    String wd = alt(weekdays.keySet());
    String rel = alt(relDays.keySet());
    String num = "(?:\\d{1,3}|" + alt(numbers.keySet()) + ")";
    String unit = alt(units.keySet());
    String per = alt(periods.keySet());
    String nx = alt(next);
    String ls = alt(last);
    String th = alt(thisWords);
    String bound = "(?<bound>" + alt(firsts(words.apply("bound"))) + ")\\s*";
    String within = alt(firsts(words.apply("within")));
    String vague = alt(firsts(words.apply("vague")));
    String art = "(?:" + alt(firsts(words.apply("opener"))) + "\\s*)?";
    String of = "(?:" + alt(firsts(words.apply("of"))) + "\\s+)?";
    String year = "(?:\\s*,?\\s+" + of + "(?<year>(?:19|20)\\d\\d))";
    // a day of a month: "le jeudi 3 mars 2026", "les 8 et 9 mai", "el 3 de julio de 2025", "el
    // próximo jueves 24 de enero"
    patterns.add(
        Pattern.compile(
            "(?:"
                + bound
                + ")?(?:"
                + alt(firsts(words.apply("day-opener")))
                + "\\s+)?(?:(?:"
                + nx
                + "\\s+)?(?<wd>"
                + wd
                + ")\\s*,?\\s+)?(?<day>\\d{1,2})(?:er|ro|°|º)?(?:\\s*"
                + alt(firsts(words.apply("day-join")))
                + "\\s*(?<end>\\d{1,2}))?"
                + "\\s+"
                + of
                + "(?<month>"
                + m
                + ")"
                + year
                + "?(?:\\s+(?<next>"
                + nx
                + "))?"));
    String monthOpener = alt(firsts(words.apply("month-opener")));
    patterns.add(Pattern.compile("(?<day>\\d{1,2})/(?<num>\\d{1,2})/(?<year>(?:19|20)\\d\\d)"));
    // a month: "au mois de mai", "en juin 2024", "en el mes de marzo"
    patterns.add(
        Pattern.compile(
            "(?:"
                + bound
                + "(?:"
                + monthOpener
                + "\\s*)?|"
                + monthOpener
                + "\\s*)(?<month>"
                + m
                + ")"
                + year
                + "?(?:\\s+(?<next>"
                + nx
                + "))?"));
    patterns.add(Pattern.compile("(?<month>" + m + ")" + year));
    // the end of a month or of a given year: "avant la fin du mois d'octobre", "a fines de junio",
    // "d'ici à la fin de 2026", "d'ici fin 2027"
    String endOf = alt(firsts(words.apply("end")));
    String bounded = "(?:" + bound + ")?" + art; // "avant la", "antes de", or nothing
    patterns.add(
        Pattern.compile(
            bounded
                + "(?<endof>"
                + endOf
                + ")\\s+(?:"
                + alt(firsts(words.apply("end-month-of")))
                + "\\s*)?(?<month>"
                + m
                + ")"
                + year
                + "?"));
    patterns.add(
        Pattern.compile(
            bounded
                + endOf
                + "\\s+(?:"
                + alt(firsts(words.apply("end-year-of")))
                + "\\s*)?(?<endyear>(?:19|20)\\d\\d)"));
    // the end of the month of publication or of the next: "d'ici la fin du mois", "a fines del
    // próximo mes", "avant la fin du mois prochain"
    patterns.add(
        Pattern.compile(
            bounded
                + endOf
                + "\\s+(?<endmonth>"
                + alt(firsts(words.apply("end-this-month")))
                + ")(?:\\s+(?<endnext>"
                + nx
                + "))?(?![\\p{L}'])"));
    // a day relative to publication, perhaps with its weekday: "mañana jueves", "aujourd'hui"
    patterns.add(Pattern.compile("(?<rel>" + rel + ")(?:\\s+(?<wd>" + wd + "))?"));
    // a weekday: "ce lundi", "el martes pasado", "lundi prochain", "el próximo lunes", "el pasado
    // martes"
    patterns.add(
        Pattern.compile(
            "(?:(?<this>"
                + th
                + ")\\s+|"
                + alt(firsts(words.apply("weekday-opener")))
                + "\\s+)?(?:(?<rel1>"
                + nx
                + "|"
                + ls
                + ")\\s+)?(?<wd>"
                + wd
                + ")(?:\\s+(?<rel2>"
                + nx
                + "|"
                + ls
                + "))?"));
    // a week, month or year relative to publication: "la semaine prochaine", "el próximo mes"
    patterns.add(
        Pattern.compile(
            "(?:"
                + bound
                + ")?"
                + art
                + "(?:(?<pre>"
                + nx
                + "|"
                + ls
                + "|"
                + th
                + ")\\s+)?(?<unit>"
                + unit
                + ")(?:\\s+(?<post>"
                + nx
                + "|"
                + ls
                + ")|(?<ci>-ci))?"));
    // a part of a year: "d'ici la fin de l'année", "au second semestre 2025", "antes de fin de año"
    patterns.add(
        Pattern.compile(
            "(?:"
                + bound
                + ")?(?:"
                + alt(firsts(words.apply("period-opener")))
                + "\\s+)?"
                + art
                + "(?<period>"
                + per
                + ")(?:"
                + year
                + "|\\s+"
                + alt(firsts(words.apply("period-year")))
                + "(?:\\s+(?<ptail>"
                + alt(firsts(words.apply("period-year-tail")))
                + "))?)?"));
    // an amount of time from publication: "dans les deux semaines", "dentro de 30 días"
    patterns.add(
        Pattern.compile(
            "(?<within>"
                + within
                + ")\\s+(?:"
                + alt(firsts(words.apply("count-opener")))
                + "\\s+)?(?<n>"
                + num
                + ")\\s+(?:"
                + nx
                + "\\s+)?(?<unit>"
                + unit
                + ")"));
    patterns.add(Pattern.compile("(?<vague>" + vague + ")"));
    // a year: "en 2026", "d'ici 2030"
    String yearOpener = alt(firsts(words.apply("year-opener")));
    patterns.add(
        Pattern.compile(
            "(?:"
                + bound
                + "(?:"
                + yearOpener
                + "\\s+)?|"
                + yearOpener
                + "\\s+)(?<year>(?:19|20)\\d\\d)"));
    morning = Pattern.compile(alt(firsts(words.apply("morning"))) + "\\s+$");
  }

  private static List<String> firsts(List<String[]> rows) {
    return rows.stream().map(r -> r[0]).toList();
  }

  private static String alt(java.util.Collection<String> words) {
    if (words.isEmpty()) {
      return "(?!)"; // no word of this kind in the language: the part never matches
    }
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder b = new StringBuilder("(?:");
    for (String w : sorted) {
      if (b.length() > 3) {
        b.append('|');
      }
      b.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
    }
    return b.append(")").toString();
  }

  /**
   * Every time expression of {@code folded}, sorted, not overlapping, the longest at each start.
   *
   * @param original the text as written, for the mentions' words
   * @param folded the same text folded
   * @param published the publication date, or null
   */
  public List<DateMention> find(String original, String folded, LocalDate published) {
    List<DateMention> all = new ArrayList<>();
    int[] starts = wordStarts(folded);
    for (Pattern p : patterns) {
      Matcher mt = p.matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
      int from = 0;
      for (int start : starts) {
        if (start < from || !mt.region(start, folded.length()).lookingAt()) {
          continue;
        }
        from = Math.max(mt.end(), start + 1);
        if (!wordBounded(folded, mt.start(), mt.end()) || inName(original, mt.start(), mt.end())) {
          continue;
        }
        DateMention d = mention(original, folded, mt, published);
        if (d != null) {
          all.add(d);
        }
      }
    }
    all.sort(
        Comparator.comparingInt(DateMention::start)
            .thenComparing(Comparator.comparingInt(DateMention::end).reversed()));
    List<DateMention> out = new ArrayList<>();
    int end = -1;
    for (DateMention d : all) {
      if (d.start() >= end) {
        out.add(d);
        end = d.end();
      }
    }
    return out;
  }

  /**
   * "Santo Domingo", "Port Lundi": one capitalised word right after another capitalised word is
   * part of a name (French and Spanish write weekdays and months in lower case).
   */
  private static boolean inName(String s, int start, int end) {
    if (!Character.isUpperCase(s.charAt(start)) || s.substring(start, end).indexOf(' ') >= 0) {
      return false;
    }
    int k = start - 1;
    if (k < 0 || s.charAt(k) != ' ') {
      return false;
    }
    while (k > 0 && s.charAt(k - 1) != ' ' && Character.isLetter(s.charAt(k - 1))) {
      k--;
    }
    return k < start - 1 && Character.isUpperCase(s.charAt(k));
  }

  /**
   * The offsets where an expression may start: the text's start and every character after one that
   * is neither letter nor digit. Each pattern is tried there only, not at every character: a match
   * that starts inside a word is never kept.
   */
  private static int[] wordStarts(String s) {
    int[] starts = new int[s.length()];
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (i == 0 || !CharClass.isLetterOrDigit(s.charAt(i - 1))) {
        starts[n++] = i;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  private static boolean wordBounded(String s, int start, int end) {
    return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
        && (end >= s.length() || !Character.isLetterOrDigit(s.charAt(end)));
  }

  private DateMention mention(String original, String folded, Matcher mt, LocalDate pub) {
    TimeExpression e = expression(folded, mt);
    if (e == null) {
      return null;
    }
    boolean bound = group(mt, "bound") != null || group(mt, "within") != null;
    TimeExpression.Readings r = e.resolve(pub);
    Deadline.Kind kind =
        e instanceof TimeExpression.Vague
            ? Deadline.Kind.VAGUE
            : bound || !e.isDay() ? Deadline.Kind.LATEST : Deadline.Kind.EXACT;
    int start = mt.start();
    int end = mt.end();
    return new DateMention(
        start, end, original.substring(start, end), r.point(), r.future(), r.due(), kind);
  }

  private TimeExpression expression(String folded, Matcher mt) {
    String vague = group(mt, "vague");
    if (vague != null) {
      return new TimeExpression.Vague();
    }
    if (group(mt, "endmonth") != null) {
      return new TimeExpression.MonthPeriod(null, null, group(mt, "endnext") != null ? 1 : 0, 0);
    }
    Integer endYear = integer(group(mt, "endyear"));
    if (endYear != null) {
      return new TimeExpression.YearPeriod(endYear, 0, 12, 12);
    }
    Integer year = integer(group(mt, "year"));
    String b = group(mt, "bound");
    // "antes de junio", "avant 2030": the bound excludes the period it names
    boolean exclusive =
        b != null && group(mt, "endof") == null && before.contains(squash(b).strip());
    String day = group(mt, "day");
    if (day != null) {
      int d = Integer.parseInt(day);
      int month =
          group(mt, "num") != null
              ? Integer.parseInt(group(mt, "num"))
              : months.get(squash(group(mt, "month")));
      Integer endDay = integer(group(mt, "end"));
      int e = endDay != null && endDay > d ? endDay : d;
      return month >= 1 && month <= 12
          ? new TimeExpression.CalendarDay(year, month, d, month, e)
          : null;
    }
    String rel = group(mt, "rel");
    if (rel != null) {
      if (morning.matcher(folded.substring(Math.max(0, mt.start() - 12), mt.start())).find()) {
        return null; // "la mañana": the morning, not tomorrow
      }
      return new TimeExpression.RelativeDay(relDays.get(squash(rel)));
    }
    String month = group(mt, "month");
    if (month != null) {
      int mo = months.get(squash(month));
      if (exclusive && mo > 1) {
        return new TimeExpression.MonthPeriod(year, mo - 1, 0, 0);
      }
      if (exclusive && year != null) {
        return new TimeExpression.MonthPeriod(year - 1, 12, 0, 0);
      }
      String after = group(mt, "next"); // "septembre prochain": the first one after this month
      return new TimeExpression.MonthPeriod(
          year, mo, year == null && after != null && next.contains(squash(after)) ? 1 : 0, 0);
    }
    String wd = group(mt, "wd");
    if (wd != null) {
      String r = group(mt, "rel2") != null ? group(mt, "rel2") : group(mt, "rel1");
      TimeExpression.Weekday.Relation relation =
          r != null && next.contains(squash(r))
              ? TimeExpression.Weekday.Relation.NEXT
              : r != null
                  ? TimeExpression.Weekday.Relation.LAST
                  : group(mt, "this") != null
                      ? TimeExpression.Weekday.Relation.THIS
                      : TimeExpression.Weekday.Relation.BARE;
      return new TimeExpression.Weekday(DayOfWeek.of(weekdays.get(squash(wd))), relation);
    }
    String period = group(mt, "period");
    if (period != null) {
      int[] ft = periods.get(squash(period));
      String tail = group(mt, "ptail");
      int offset = year == null && tail != null && next.contains(squash(tail)) ? 1 : 0;
      return new TimeExpression.YearPeriod(year, offset, ft[0], ft[1]);
    }
    String unit = group(mt, "unit");
    if (unit != null && group(mt, "within") != null) {
      String n = squash(group(mt, "n"));
      int amount = n.chars().allMatch(Character::isDigit) ? Integer.parseInt(n) : numbers.get(n);
      ChronoUnit u =
          switch (units.get(squash(unit))) {
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            default -> ChronoUnit.YEARS;
          };
      return new TimeExpression.Duration(amount, u, 1);
    }
    if (unit != null) {
      String rw = group(mt, "pre") != null ? group(mt, "pre") : group(mt, "post");
      int offset;
      if (rw != null && next.contains(squash(rw))) {
        offset = 1;
      } else if (rw != null && last.contains(squash(rw))) {
        offset = -1;
      } else if (rw != null || group(mt, "ci") != null) {
        offset = 0;
      } else {
        return null;
      }
      return switch (units.get(squash(unit))) {
        case "week" -> new TimeExpression.Week(offset, false);
        case "month" -> new TimeExpression.MonthPeriod(null, null, offset, 0);
        case "year" -> new TimeExpression.YearPeriod(null, offset, 1, 12);
        default -> offset == 0 ? null : new TimeExpression.RelativeDay(offset);
      };
    }
    if (year != null) {
      return new TimeExpression.YearPeriod(exclusive ? year - 1 : year, 0, 1, 12);
    }
    return null;
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static Integer integer(String s) {
    return s == null ? null : Integer.valueOf(s);
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Unused reading helper kept for symmetry with the English normaliser. */
  static PartialDate point(DateMention d) {
    return d.pointDate();
  }
}
