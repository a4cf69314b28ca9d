package org.entente.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date of which only some parts are known: {@code 2025-04-16}, {@code XXXX-04-16} (day
 * and month, year unknown), {@code 2024-10} (a month) or {@code 2024} (a year).
 *
 * @param year the year, or null when unknown
 * @param month 1–12, or null
 * @param day 1–31, or null (requires a month)
 */
public record PartialDate(Integer year, Integer month, Integer day)
    implements Comparable<PartialDate> {

  private static final Pattern FORMAT =
      Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year == null && month == null) {
      throw new IllegalArgumentException("a partial date needs a year or a month");
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null && (month == null || day < 1 || day > 31)) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
    if (year != null && month != null && day != null) {
      LocalDate.of(year, month, day); // validates 31 February and the like
    }
  }

  public static PartialDate of(LocalDate d) {
    return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  /** Parses the ISO-like form written by {@link #toString()}; null for null. */
  public static PartialDate parse(String s) {
    if (s == null) {
      return null;
    }
    Matcher m = FORMAT.matcher(s.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not a partial date: " + s);
    }
    Integer y = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
    Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new PartialDate(y, mo, d);
  }

  public boolean isComplete() {
    return year != null && month != null && day != null;
  }

  /** The full date, when all parts are known. */
  public LocalDate toLocalDate() {
    if (!isComplete()) {
      throw new IllegalStateException("incomplete date " + this);
    }
    return LocalDate.of(year, month, day);
  }

  /** The latest day this partial date can stand for, or null when the year is unknown. */
  public LocalDate latestDay() {
    if (year == null) {
      return null;
    }
    if (month == null) {
      return LocalDate.of(year, 12, 31);
    }
    if (day == null) {
      return YearMonth.of(year, month).atEndOfMonth();
    }
    return LocalDate.of(year, month, day);
  }

  /** The earliest day this partial date can stand for, or null when the year is unknown. */
  public LocalDate earliestDay() {
    if (year == null) {
      return null;
    }
    return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
  }

  @Override
  public String toString() {
    // Written by hand, not with String.format: ledger queries write the dates of thousands of
    // commitments (bench/results/digest.txt).
    StringBuilder sb = new StringBuilder(10);
    if (year == null) {
      sb.append("XXXX");
    } else if (year < 0) {
      sb.append(String.format(java.util.Locale.ROOT, "%04d", year));
    } else {
      padded(sb, year, 4);
    }
    if (month != null) {
      padded(sb.append('-'), month, 2);
      if (day != null) {
        padded(sb.append('-'), day, 2);
      }
    }
    return sb.toString();
  }

  /** Appends {@code v} (not negative) with leading zeros up to {@code width} digits. */
  private static void padded(StringBuilder sb, int v, int width) {
    String digits = Integer.toString(v);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    sb.append(digits);
  }

  @Override
  public int compareTo(PartialDate o) {
    return toString().compareTo(o.toString());
  }
}
