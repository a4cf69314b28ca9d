package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.model.PartialDate;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;

/**
 * Deadlines and outcomes of followed commitments: due within the window (a state as of the day),
 * and gone overdue, lapsed or fulfilled during the period (events of the lifecycle's history, so a
 * commitment fulfilled in the period carries the record that fulfils it and that record's
 * evidence). Stateless.
 */
final class CommitmentAlerts implements AlertSource {

  @Override
  public List<Alert> alerts(WatchContext ctx) {
    List<Alert> out = new ArrayList<>();
    for (WatchScope.Followed f : ctx.scope().records()) {
      Views.LedgerRecord r = f.record();
      if (!"commitment".equals(r.type())) {
        continue;
      }
      dueSoon(ctx, f).ifPresent(out::add);
      for (StatusEvent e : r.history()) {
        if (!ctx.inPeriod(e.on())) {
          continue;
        }
        switch (e.status()) {
          case OVERDUE -> out.add(ctx.about(AlertKind.OVERDUE, f, e.on(), e.reason(), null));
          case LAPSED -> out.add(ctx.about(AlertKind.LAPSED, f, e.on(), e.reason(), null));
          case FULFILLED -> out.add(fulfilled(ctx, f, e));
          default -> {}
        }
      }
    }
    return out;
  }

  private static java.util.Optional<Alert> dueSoon(WatchContext ctx, WatchScope.Followed f) {
    Views.LedgerRecord r = f.record();
    if (r.commitmentStatus() != CommitmentStatus.PENDING || r.due() == null) {
      return java.util.Optional.empty();
    }
    if ("VAGUE".equals(r.dueKind())) {
      return java.util.Optional.empty();
    }
    LocalDate due = latestDay(r.due());
    if (due == null) {
      return java.util.Optional.empty(); // a deadline without a known year is never "soon"
    }
    long days = ctx.daysTo(due);
    if (days < 0 || days > ctx.watchlist().dueWithinDays()) {
      return java.util.Optional.empty();
    }
    String summary =
        "due "
            + due
            + (days == 0 ? " (today)" : " (in " + days + (days == 1 ? " day)" : " days)"))
            + (r.dueText() == null ? "" : ": \u201c" + r.dueText() + "\u201d");
    return java.util.Optional.of(ctx.about(AlertKind.DUE_SOON, f, due, summary, null));
  }

  /** The last day a stored deadline can stand for; null when its year is unknown or unreadable. */
  private static LocalDate latestDay(String due) {
    try {
      return PartialDate.parse(due).latestDay();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Alert fulfilled(WatchContext ctx, WatchScope.Followed f, StatusEvent e) {
    String summary = e.reason();
    if (e.evidenceRecordId() != null) {
      summary += " (record " + e.evidenceRecordId() + ")";
    }
    if (!"ledger".equals(e.author())) {
      summary += ", by " + e.author();
    }
    return ctx.about(AlertKind.FULFILLED, f, e.on(), summary, e.evidenceRecordId());
  }
}
