package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.Views;
import org.entente.store.mechanisms.Cadence;

/**
 * Sessions of followed mechanisms, by their {@link Cadence}: the next one expected within the
 * window, or late — not held by its expected day plus a grace of an eighth of the usual gap (at
 * least a week), so that a yearly body is late some six weeks after its anniversary. A mechanism
 * silent for longer than the ledger's lapse period past its expected session is taken as dormant
 * and no longer alerts. States as of the day, not events of the period. Stateless.
 */
final class MechanismAlerts implements AlertSource {

  /** The grace before a session counts as late: an eighth of the median gap, at least this. */
  static final long MIN_GRACE_DAYS = 7;

  @Override
  public List<Alert> alerts(WatchContext ctx) {
    List<Alert> out = new ArrayList<>();
    for (WatchScope.FollowedMechanism fm : ctx.scope().mechanisms()) {
      Views.Mechanism m = fm.mechanism();
      Cadence c = m.cadence();
      if (c.nextExpected() == null) {
        continue;
      }
      LocalDate next = c.nextExpected();
      long grace = Math.max(MIN_GRACE_DAYS, c.medianGapDays() / 8);
      Long last = lastSession(m, c.last());
      String rhythm = "last session " + c.last() + ", usually every " + c.medianGapDays() + " days";
      if (ctx.asOf().isAfter(next.plusDays(grace))) {
        if (next.plus(ctx.ledger().lifecycle().lapseAfter()).isBefore(ctx.asOf())) {
          continue;
        }
        long late = -ctx.daysTo(next);
        out.add(
            alert(
                ctx,
                fm,
                AlertKind.SESSION_LATE,
                next,
                last,
                "next session expected about "
                    + next
                    + ", "
                    + late
                    + " days ago ("
                    + rhythm
                    + ")"));
      } else {
        long days = ctx.daysTo(next);
        if (days >= 0 && days <= ctx.watchlist().dueWithinDays()) {
          out.add(
              alert(
                  ctx,
                  fm,
                  AlertKind.SESSION_DUE,
                  next,
                  last,
                  "next session expected about "
                      + next
                      + ", in "
                      + days
                      + " days ("
                      + rhythm
                      + ")"));
        }
      }
    }
    return out;
  }

  private static Long lastSession(Views.Mechanism m, LocalDate last) {
    Long id = null;
    for (Views.Session s : m.sessions()) {
      if (last != null && last.equals(s.on())) {
        id = s.recordId();
      }
    }
    return id;
  }

  private static Alert alert(
      WatchContext ctx,
      WatchScope.FollowedMechanism fm,
      AlertKind kind,
      LocalDate next,
      Long last,
      String summary) {
    return new Alert(
        kind,
        next,
        fm.relationship(),
        last,
        last == null ? null : "meeting",
        fm.mechanism().name(),
        summary,
        ctx.daysTo(next),
        List.of(),
        null,
        fm.mechanism().id());
  }
}
