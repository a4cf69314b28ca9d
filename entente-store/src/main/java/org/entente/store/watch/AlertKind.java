package org.entente.store.watch;

import java.util.Locale;

/**
 * What an alert is about. The order of the constants is their urgency: a digest lists an overdue
 * commitment before a new meeting.
 */
public enum AlertKind {
  /** A commitment passed its deadline during the period with no evidence of fulfilment. */
  OVERDUE("overdue"),
  /** A mechanism's next session, by its cadence, should have been held and was not. */
  SESSION_LATE("session late"),
  /** A pending commitment falls due within the watchlist's window. */
  DUE_SOON("due soon"),
  /** A mechanism's next session is expected within the watchlist's window. */
  SESSION_DUE("session expected"),
  /** A commitment lapsed during the period: nothing heard of it for the lapse period. */
  LAPSED("lapsed"),
  /** A commitment was fulfilled during the period, with the record that fulfils it. */
  FULFILLED("fulfilled"),
  /** A curator changed a followed record during the period. */
  CURATED("changed by curation"),
  /** A new agreement on a followed relationship. */
  NEW_AGREEMENT("new agreement"),
  /** A new commitment on a followed relationship. */
  NEW_COMMITMENT("new commitment"),
  /** A new meeting on a followed relationship. */
  NEW_MEETING("new meeting");

  private final String label;

  AlertKind(String label) {
    this.label = label;
  }

  /** For people: "due soon", "session late". */
  public String label() {
    return label;
  }

  /** The lower-case name used in options and JSON: "due_soon". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind named by {@code s} ("due_soon", "DUE_SOON" or "due-soon").
   *
   * @throws IllegalArgumentException naming the kinds there are
   */
  public static AlertKind of(String s) {
    String n = s.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (AlertKind k : values()) {
      if (k.name().equals(n)) {
        return k;
      }
    }
    StringBuilder all = new StringBuilder();
    for (AlertKind k : values()) {
      all.append(all.length() == 0 ? "" : ", ").append(k.code());
    }
    throw new IllegalArgumentException("unknown alert kind " + s + " (one of " + all + ")");
  }
}
