package org.entente.store.brief;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.entente.model.PartialDate;
import org.entente.store.Views;

/** How a brief words days, statuses and record titles: as an analyst writes them. */
final class Wording {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private Wording() {}

  /** "16 Apr 2025"; "undated" for null. */
  static String day(LocalDate d) {
    return d == null ? "undated" : DAY.format(d);
  }

  /**
   * A stored partial date for people: "2025-04-16" → "16 Apr 2025", "2025-04" → "Apr 2025", "2025"
   * → "2025"; anything else as it is.
   */
  static String partial(String stored) {
    if (stored == null || stored.isBlank()) {
      return "undated";
    }
    try {
      PartialDate p = PartialDate.parse(stored);
      if (stored.length() == 10) {
        return DAY.format(p.latestDay());
      }
      if (stored.length() == 7) {
        return MONTH.format(p.latestDay());
      }
    } catch (RuntimeException e) {
      // not a partial date the ledger writes: shown as stored
    }
    return stored;
  }

  /** "IN_FORCE" → "in force". */
  static String label(String code) {
    return code == null ? null : code.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "EU–MAR". */
  static String parties(Views.LedgerRecord r) {
    return String.join("–", r.parties());
  }

  /** "talks, Brussels (video call)": a meeting's kind, place and mode when not in person. */
  static String meeting(Views.LedgerRecord r) {
    StringBuilder sb = new StringBuilder(r.title() == null ? "meeting" : label(r.title()));
    if (r.place() != null && !r.place().isBlank()) {
      sb.append(", ").append(r.place());
    }
    if ("PHONE".equals(r.mode())) {
      sb.append(" (telephone)");
    } else if ("VIRTUAL".equals(r.mode())) {
      sb.append(" (video call)");
    }
    return sb.toString();
  }
}
