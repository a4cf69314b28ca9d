package org.entente.pipeline.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Publication dates as inputs write them: ISO dates and timestamps ({@code YYYY-MM-DD} or {@code
 * YYYY/MM/DD}, anything may follow), {@code YYYYMMDD}, RFC 1123. Shared by every reader of corpora,
 * so that a date means the same in {@code entente extract} and in the Spark job.
 */
public final class Dates {

  private Dates() {}

  /** The date {@code s} starts with or denotes, or null when it is not a date. Never throws. */
  public static LocalDate parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.length() >= 10
        && Character.isDigit(t.charAt(0))
        && (t.charAt(4) == '-' || t.charAt(4) == '/')
        && t.charAt(7) == t.charAt(4)) {
      try {
        return LocalDate.of(
            Integer.parseInt(t.substring(0, 4)),
            Integer.parseInt(t.substring(5, 7)),
            Integer.parseInt(t.substring(8, 10)));
      } catch (NumberFormatException | DateTimeException e) {
        return null;
      }
    }
    if (t.length() == 8 && t.chars().allMatch(Character::isDigit)) {
      try {
        return LocalDate.of(
            Integer.parseInt(t.substring(0, 4)),
            Integer.parseInt(t.substring(4, 6)),
            Integer.parseInt(t.substring(6, 8)));
      } catch (DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
    } catch (DateTimeException e) {
      return null;
    }
  }
}
