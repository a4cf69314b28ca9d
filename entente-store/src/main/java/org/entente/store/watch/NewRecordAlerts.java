package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.Views;

/**
 * New meetings, agreements and commitments on a followed relationship: those whose day (the day
 * they happened, or else the day first reported) falls in the period. Stateless.
 */
final class NewRecordAlerts implements AlertSource {

  @Override
  public List<Alert> alerts(WatchContext ctx) {
    List<Alert> out = new ArrayList<>();
    for (WatchScope.Followed f : ctx.scope().records()) {
      Views.LedgerRecord r = f.record();
      AlertKind kind =
          switch (r.type()) {
            case "meeting" -> AlertKind.NEW_MEETING;
            case "agreement" -> AlertKind.NEW_AGREEMENT;
            case "commitment" -> AlertKind.NEW_COMMITMENT;
            default -> null;
          };
      LocalDate day = day(r);
      if (kind == null || !ctx.inPeriod(day)) {
        continue;
      }
      String summary =
          r.type()
              + (r.place() == null || r.place().isBlank() ? "" : " in " + r.place())
              + " on "
              + day
              + " between "
              + String.join(", ", r.parties());
      out.add(ctx.about(kind, f, day, summary, null));
    }
    return out;
  }

  /** The record's day, or the day its first source was published. */
  static LocalDate day(Views.LedgerRecord r) {
    if (r.onDate() != null) {
      return r.onDate();
    }
    LocalDate first = null;
    for (Views.Source s : r.sources()) {
      if (s.published() != null && (first == null || s.published().isBefore(first))) {
        first = s.published();
      }
    }
    return first;
  }
}
