package org.entente.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Reads the days the store holds as {@code yyyy-mm-dd} text (a dossier reads tens of thousands of
 * them), without {@link LocalDate#parse}'s general-purpose parser for that plain form. Stateless
 * and thread-safe.
 */
final class StoredDays {

  private StoredDays() {}

  /** The day in {@code column} of the current row, or null when it holds none. */
  static LocalDate date(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : isoDate(s);
  }

  /** The day in column {@code column} (from 1) of the current row, or null when it holds none. */
  static LocalDate date(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : isoDate(s);
  }

  /**
   * {@link LocalDate#parse} of a stored day, without its general-purpose parser for the plain
   * {@code yyyy-mm-dd} the store holds.
   *
   * @throws java.time.format.DateTimeParseException when {@code s} is not a day
   */
  static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
          // not a day: parse says so in its own words
        }
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
