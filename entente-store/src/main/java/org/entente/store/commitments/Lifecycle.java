package org.entente.store.commitments;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;

/**
 * The status of a commitment as of a day, from its stored events (pending, fulfilled, superseded)
 * and two derived ones:
 *
 * <ul>
 *   <li>overdue — an {@link Deadline.Kind#EXACT exact} or {@link Deadline.Kind#LATEST latest}
 *       deadline whose last day is before the "as of" day, and no fulfilment by then;
 *   <li>lapsed — nothing heard of the commitment for {@link #lapseAfter()} (two years by default)
 *       after the later of its last news and its deadline: a {@link Deadline.Kind#VAGUE vague} or
 *       missing deadline lapses that long after the last news; an overdue one lapses that long
 *       after both its deadline and its last news, so that "overdue" lists what is still worth
 *       chasing and not every unkept promise of decades past.
 * </ul>
 *
 * Events dated after the "as of" day are ignored, so every query can be asked of the past.
 * Immutable and thread-safe.
 */
public final class Lifecycle {

  /** The documented lapse period: two years without news. */
  public static final Period DEFAULT_LAPSE = Period.ofYears(2);

  private final Period lapseAfter;

  public Lifecycle(Period lapseAfter) {
    this.lapseAfter = lapseAfter;
  }

  public static Lifecycle defaults() {
    return new Lifecycle(DEFAULT_LAPSE);
  }

  public Period lapseAfter() {
    return lapseAfter;
  }

  /**
   * The history as of {@code asOf}: stored events up to that day, then a derived overdue or lapsed
   * event when one applies. The last element is the current status.
   *
   * @param stored the stored events, any order
   * @param dueKind the deadline kind, or null for no deadline
   * @param due the deadline with its year resolved, or null
   * @param lastHeard the latest day a source mentioned it, or null
   */
  public List<StatusEvent> history(
      List<StatusEvent> stored,
      Deadline.Kind dueKind,
      PartialDate due,
      LocalDate lastHeard,
      LocalDate asOf) {
    List<StatusEvent> h = new ArrayList<>();
    for (StatusEvent e : stored) {
      if (e.on() == null || !e.on().isAfter(asOf)) {
        h.add(e);
      }
    }
    h.sort(
        Comparator.comparing(
                (StatusEvent e) -> e.on() == null ? LocalDate.MIN : e.on(),
                Comparator.naturalOrder())
            .thenComparing(e -> e.status() == CommitmentStatus.PENDING ? 0 : 1));
    CommitmentStatus current =
        h.isEmpty() ? CommitmentStatus.PENDING : h.get(h.size() - 1).status();
    if (current != CommitmentStatus.PENDING) {
      return h;
    }
    LocalDate dueDay = due == null ? null : due.latestDay();
    if (dueKind != null && dueKind != Deadline.Kind.VAGUE && dueDay != null) {
      if (dueDay.isBefore(asOf)) {
        h.add(
            new StatusEvent(
                CommitmentStatus.OVERDUE,
                dueDay.plusDays(1),
                "deadline "
                    + due
                    + " ("
                    + dueKind.name().toLowerCase(java.util.Locale.ROOT)
                    + ") passed with no evidence of fulfilment",
                null,
                null,
                "ledger"));
        LocalDate quietSince = lastHeard == null || lastHeard.isBefore(dueDay) ? dueDay : lastHeard;
        LocalDate lapsed = quietSince.plus(lapseAfter);
        if (lapsed.isBefore(asOf)) {
          h.add(
              new StatusEvent(
                  CommitmentStatus.LAPSED,
                  lapsed,
                  "overdue since "
                      + dueDay.plusDays(1)
                      + " and nothing heard since "
                      + quietSince
                      + " ("
                      + lapseAfter
                      + ")",
                  null,
                  null,
                  "ledger"));
        }
      }
      return h;
    }
    if (lastHeard != null && lastHeard.plus(lapseAfter).isBefore(asOf)) {
      h.add(
          new StatusEvent(
              CommitmentStatus.LAPSED,
              lastHeard.plus(lapseAfter),
              (dueKind == null ? "no deadline" : "vague deadline")
                  + " and nothing heard since "
                  + lastHeard
                  + " ("
                  + lapseAfter
                  + ")",
              null,
              null,
              "ledger"));
    }
    return h;
  }

  /** The status as of {@code asOf}: the last element of {@link #history}. */
  public CommitmentStatus status(
      List<StatusEvent> stored,
      Deadline.Kind dueKind,
      PartialDate due,
      LocalDate lastHeard,
      LocalDate asOf) {
    List<StatusEvent> h = history(stored, dueKind, due, lastHeard, asOf);
    return h.isEmpty() ? CommitmentStatus.PENDING : h.get(h.size() - 1).status();
  }
}
