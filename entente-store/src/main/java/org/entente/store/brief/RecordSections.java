package org.entente.store.brief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.model.PartialDate;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;

/**
 * The sections a brief draws from a dossier's records: agreements, recent meetings and open
 * commitments. Stateless; each call cites through the brief's {@link Citations}.
 */
final class RecordSections {

  /** The most agreements listed, newest first. */
  static final int AGREEMENTS = 12;

  /** The most meetings listed, newest first. */
  static final int MEETINGS = 8;

  /** The most open commitments listed, soonest deadline first. */
  static final int COMMITMENTS = 15;

  private RecordSections() {}

  static final Comparator<Views.LedgerRecord> NEWEST_FIRST =
      Comparator.comparing(
              Views.LedgerRecord::onDate, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Comparator.comparingLong(Views.LedgerRecord::id).reversed());

  /** Agreements with their status and the day it was reached, newest first. */
  static List<Statement> agreements(Views.Dossier d, Citations cites) {
    List<Views.LedgerRecord> list = new ArrayList<>(d.agreements());
    list.sort(NEWEST_FIRST);
    List<Statement> out = new ArrayList<>();
    for (Views.LedgerRecord r : list.subList(0, Math.min(AGREEMENTS, list.size()))) {
      String status = r.status() == null ? "reported" : Wording.label(r.status());
      String when = r.date() != null ? Wording.partial(r.date()) : Wording.day(r.onDate());
      String kind = r.kind() == null ? "" : " (" + Wording.label(r.kind()) + ")";
      out.add(
          new Statement(
              status + ", " + when,
              Wording.parties(r) + ": " + nonEmpty(r.title(), "unnamed instrument") + kind,
              cites.record(r)));
    }
    return out;
  }

  /** The latest meetings, newest first. */
  static List<Statement> meetings(Views.Dossier d, Citations cites) {
    List<Views.LedgerRecord> list = new ArrayList<>(d.meetings());
    list.sort(NEWEST_FIRST);
    List<Statement> out = new ArrayList<>();
    for (Views.LedgerRecord r : list.subList(0, Math.min(MEETINGS, list.size()))) {
      String when = r.date() != null ? Wording.partial(r.date()) : Wording.day(r.onDate());
      out.add(new Statement(when, Wording.parties(r) + " " + Wording.meeting(r), cites.record(r)));
    }
    return out;
  }

  /** Pending and overdue commitments, by deadline (those without one last). */
  static List<Statement> openCommitments(Views.Dossier d, Citations cites) {
    List<Views.LedgerRecord> open = new ArrayList<>();
    open.addAll(d.commitments().getOrDefault(CommitmentStatus.OVERDUE, List.of()));
    open.addAll(d.commitments().getOrDefault(CommitmentStatus.PENDING, List.of()));
    open.sort(
        Comparator.comparing(
                (Views.LedgerRecord r) -> dueDay(r),
                Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Views.LedgerRecord::id));
    List<Statement> out = new ArrayList<>();
    for (Views.LedgerRecord r : open.subList(0, Math.min(COMMITMENTS, open.size()))) {
      out.add(new Statement(commitmentLead(r), commitmentText(r), cites.record(r)));
    }
    return out;
  }

  /** "overdue, due 31 Dec 2025", "pending, due Mar 2026", "pending, no deadline". */
  static String commitmentLead(Views.LedgerRecord r) {
    String status = r.commitmentStatus() == null ? "pending" : r.commitmentStatus().label();
    if (r.due() == null) {
      return status + ", no deadline";
    }
    String by = "LATEST".equals(r.dueKind()) ? ", by " : ", due ";
    return status + by + Wording.partial(r.due());
  }

  /** "EU–MAR: hold a security dialogue (“before the end of the year”)". */
  static String commitmentText(Views.LedgerRecord r) {
    String words =
        r.dueText() == null || r.dueText().isBlank() ? "" : " (“" + r.dueText().strip() + "”)";
    return Wording.parties(r) + ": " + nonEmpty(r.title(), "unnamed commitment") + words;
  }

  static LocalDate dueDay(Views.LedgerRecord r) {
    if (r.due() == null) {
      return null;
    }
    try {
      return PartialDate.parse(r.due()).latestDay();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String nonEmpty(String s, String dflt) {
    return s == null || s.isBlank() ? dflt : s.strip();
  }
}
