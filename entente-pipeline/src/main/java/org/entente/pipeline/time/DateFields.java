package org.entente.pipeline.time;

import java.util.Set;
import org.entente.pipeline.time.DateWords.Kind;

/**
 * The readings of single date fields that several core forms of the {@link DateGrammar} share: a
 * four-digit year, whether a day exists in a month, the end of a month name with its abbreviation
 * dot, a part of the day after a day, an ordinal suffix, "this", "next" or "last" as an offset, and
 * membership of a token in a closed word set.
 *
 * <p>Stateless and thread-safe.
 */
final class DateFields {

  /** The suffixes of an ordinal number written in digits ("4th", "21st"). */
  static final Set<String> ORDINAL_SUFFIX = Set.of("st", "nd", "rd", "th");

  private DateFields() {}

  /** A four-digit year 1900-2099 not glued to more digits, or -1. */
  static int yearValue(Tokens t, int k) {
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

  /** True when some year has day {@code day} in month {@code month} (29 February does). */
  static boolean exists(int month, int day) {
    return day >= 1 && day <= java.time.Month.of(month).maxLength();
  }

  static boolean exists(int year, int month, int day) {
    return day >= 1 && day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** The token after month name {@code k}, past the dot of an abbreviation ("Sept."). */
  static int abbreviationDot(Tokens t, int k, DateWords.Month m) {
    return m.abbrev() && t.is(k + 1, ".") && t.attached(k + 1) ? k + 2 : k + 1;
  }

  /** The token after a part of the day at token {@code k} ("evening"), or {@code k}. */
  static int dayPart(DateWords words, Tokens t, int k) {
    return words.has(Kind.DAYPART, t.key(k)) ? k + 1 : k;
  }

  /** The offset that "this", "next" or "last" names, or {@link Integer#MIN_VALUE}. */
  static int relativeOffset(String key) {
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

  /** True when {@code key} is one of {@code set}; false for null, the key past the last token. */
  static boolean in(Set<String> set, String key) {
    return key != null && set.contains(key);
  }
}
