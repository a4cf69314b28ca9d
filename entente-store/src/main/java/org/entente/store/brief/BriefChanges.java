package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.entente.store.Views;
import org.entente.store.commitments.StatusEvent;

/**
 * What changed since the last brief of the pair, against what that brief showed ({@link
 * BriefLog.Shown}): commitments whose status changed ("pending → fulfilled"), records the last
 * brief did not show (a new meeting, agreement or commitment), records it showed otherwise (a
 * title, day, place, status or deadline changed, by curation or new reports), and records it showed
 * that are no longer in the ledger's view (rejected or merged). Each cites the record's sources;
 * most recent first, at most {@link ChangeSection#MAX}, with how many more there were.
 */
final class BriefChanges {

  private BriefChanges() {}

  private record Change(int rank, LocalDate on, long id, Statement statement) {}

  /**
   * @param lookup reads a record the last brief showed and this one does not (it may be rejected)
   */
  static Capped of(
      List<Views.LedgerRecord> records,
      Map<Long, BriefLog.Shown> before,
      java.util.function.LongFunction<Optional<Views.LedgerRecord>> lookup,
      Citations cites) {
    List<Change> changes = new ArrayList<>();
    java.util.Set<Long> now = new java.util.HashSet<>();
    for (Views.LedgerRecord r : records) {
      if (!now.add(r.id())) {
        continue;
      }
      BriefLog.Shown was = before.get(r.id());
      BriefLog.Shown is = BriefLog.Shown.of(r);
      if (was == null) {
        LocalDate first = ChangeSection.firstReported(r);
        String lead = "new " + r.type() + (first == null ? "" : ", " + Wording.day(first));
        changes.add(change(1, first, r, lead, ChangeSection.text(r), cites));
        continue;
      }
      if (!Objects.equals(was.status(), is.status()) && "commitment".equals(r.type())) {
        LocalDate on = statusDay(r);
        String lead =
            (was.status() == null ? "?" : was.status())
                + " → "
                + is.status()
                + (on == null ? "" : ", " + Wording.day(on));
        changes.add(change(0, on, r, lead, ChangeSection.text(r), cites));
      }
      String fields = fieldChanges(was, is, !"commitment".equals(r.type()));
      if (!fields.isEmpty()) {
        changes.add(
            change(2, r.onDate(), r, "changed " + r.type(), ChangeSection.text(r) + fields, cites));
      }
    }
    for (BriefLog.Shown was : before.values()) {
      if (now.contains(was.recordId())) {
        continue;
      }
      lookup
          .apply(was.recordId())
          .filter(r -> !r.sources().isEmpty())
          .ifPresent(
              r -> {
                String why =
                    "rejected".equals(r.review())
                        ? " (rejected by curation)"
                        : r.supersededBy() != null
                            ? " (merged into record " + r.supersededBy() + ")"
                            : "";
                changes.add(
                    change(
                        3, null, r, "withdrawn " + r.type(), ChangeSection.text(r) + why, cites));
              });
    }
    changes.sort(
        Comparator.comparingInt(Change::rank)
            .thenComparing(Change::on, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparingLong(Change::id));
    List<Statement> out = new ArrayList<>();
    for (Change c : changes.subList(0, Math.min(ChangeSection.MAX, changes.size()))) {
      out.add(c.statement());
    }
    return new Capped(out, changes.size() - out.size());
  }

  private static Change change(
      int rank, LocalDate on, Views.LedgerRecord r, String lead, String text, Citations cites) {
    return new Change(rank, on, r.id(), new Statement(lead, text, cites.record(r)));
  }

  /** The day of a commitment's latest status event, or null. */
  private static LocalDate statusDay(Views.LedgerRecord r) {
    List<StatusEvent> h = r.history();
    return h.isEmpty() ? null : h.get(h.size() - 1).on();
  }

  /** "; day 2026-03-01 → 2026-03-04; place Rabat → Brussels", or "" when nothing changed. */
  private static String fieldChanges(BriefLog.Shown was, BriefLog.Shown is, boolean withStatus) {
    StringBuilder sb = new StringBuilder();
    field("title", was.title(), is.title(), sb);
    field("day", was.date(), is.date(), sb);
    field("place", was.place(), is.place(), sb);
    field("deadline", was.due(), is.due(), sb);
    if (withStatus) {
      field("status", was.status(), is.status(), sb);
    }
    return sb.length() == 0 ? "" : " (" + sb + ")";
  }

  private static void field(String name, String was, String is, StringBuilder sb) {
    if (Objects.equals(was, is)) {
      return;
    }
    if (sb.length() > 0) {
      sb.append("; ");
    }
    sb.append(name)
        .append(' ')
        .append(was == null ? "none" : was)
        .append(" → ")
        .append(is == null ? "none" : is);
  }
}
