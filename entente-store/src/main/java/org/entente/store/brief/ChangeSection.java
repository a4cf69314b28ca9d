package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;

/**
 * What changed in a relationship after a day: records first reported since (a new meeting,
 * agreement or commitment) and commitments whose status changed since (fulfilled, overdue, lapsed,
 * superseded), newest first.
 */
final class ChangeSection {

  /** The most changes listed. */
  static final int MAX = 12;

  private ChangeSection() {}

  private record Change(LocalDate on, String lead, Views.LedgerRecord record, String text) {}

  /** At most {@link #MAX} changes, newest first, and how many more there were. */
  static Capped of(List<Views.LedgerRecord> records, LocalDate since, Citations cites) {
    List<Change> changes = new ArrayList<>();
    for (Views.LedgerRecord r : records) {
      LocalDate first = firstReported(r);
      if (first != null && first.isAfter(since)) {
        changes.add(new Change(first, "new " + r.type(), r, text(r)));
      }
      if ("commitment".equals(r.type())) {
        for (StatusEvent e : r.history()) {
          if (e.status() != CommitmentStatus.PENDING && e.on() != null && e.on().isAfter(since)) {
            changes.add(new Change(e.on(), e.status().label(), r, text(r)));
          }
        }
      }
    }
    changes.sort(
        Comparator.comparing(Change::on, Comparator.reverseOrder())
            .thenComparingLong(c -> c.record().id()));
    List<Statement> out = new ArrayList<>();
    for (Change c : changes.subList(0, Math.min(MAX, changes.size()))) {
      out.add(
          new Statement(c.lead() + ", " + Wording.day(c.on()), c.text(), cites.record(c.record())));
    }
    return new Capped(out, changes.size() - out.size());
  }

  static String text(Views.LedgerRecord r) {
    return switch (r.type()) {
      case "meeting" -> Wording.parties(r) + " " + Wording.meeting(r);
      case "commitment" -> RecordSections.commitmentText(r);
      default -> Wording.parties(r) + ": " + (r.title() == null ? "unnamed instrument" : r.title());
    };
  }

  /** The day a record was first reported: its earliest source's day, else its own day. */
  static LocalDate firstReported(Views.LedgerRecord r) {
    LocalDate first = null;
    for (Views.Source s : r.sources()) {
      if (s.published() != null && (first == null || s.published().isBefore(first))) {
        first = s.published();
      }
    }
    return first != null ? first : r.onDate();
  }
}
