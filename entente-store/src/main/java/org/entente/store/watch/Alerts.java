package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.Ledger;

/**
 * The alerts of a watchlist for a period, derived from the ledger on demand and never stored: the
 * same question asked twice gives the same answer. Adding a kind of alert is a new {@link
 * AlertSource} and one entry in {@link #SOURCES}. Thread-safe (stateless); the ledger it is given
 * is not.
 */
public final class Alerts {

  /** The questions asked of every watch. */
  static final List<AlertSource> SOURCES =
      List.of(
          new CommitmentAlerts(),
          new MechanismAlerts(),
          new NewRecordAlerts(),
          new CurationAlerts());

  /** Most urgent first: by kind, then nearest day, then relationship and record. */
  public static final Comparator<Alert> URGENCY =
      Comparator.comparing(Alert::kind)
          .thenComparing(a -> a.days() == null ? Long.MAX_VALUE : Math.abs(a.days()))
          .thenComparing(Alert::relationship)
          .thenComparing(a -> a.recordId() == null ? Long.MAX_VALUE : a.recordId());

  private Alerts() {}

  /**
   * The alerts of {@code w} in the period {@code (since, asOf]}, of the kinds it wants, most urgent
   * first. States (a deadline or session within the window, a late session) are those of {@code
   * asOf}; events (gone overdue, fulfilled, new records, curation) are those of the period.
   *
   * @throws IllegalArgumentException when {@code since} is after {@code asOf}
   */
  public static List<Alert> find(Ledger ledger, Watchlist w, LocalDate since, LocalDate asOf) {
    if (since.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "the period starts (" + since + ") after it ends (" + asOf + ")");
    }
    WatchContext ctx =
        new WatchContext(ledger, w, WatchScope.of(ledger, w, since, asOf), since, asOf);
    Map<String, Alert> unique = new LinkedHashMap<>();
    for (AlertSource s : SOURCES) {
      for (Alert a : s.alerts(ctx)) {
        if (w.wants(a.kind())) {
          unique.putIfAbsent(a.key(), a);
        }
      }
    }
    List<Alert> out = withEvidence(ctx, unique.values());
    out.sort(URGENCY);
    return out;
  }

  /** The alerts with the evidence of their record and related record, read in one batch. */
  private static List<Alert> withEvidence(WatchContext ctx, Collection<Alert> alerts) {
    Set<Long> ids = new HashSet<>();
    for (Alert a : alerts) {
      if (a.recordId() != null) {
        ids.add(a.recordId());
      }
      if (a.relatedRecordId() != null) {
        ids.add(a.relatedRecordId());
      }
    }
    Map<Long, List<Alert.Evidence>> evidence = ctx.evidence(ids);
    List<Alert> out = new ArrayList<>(alerts.size());
    for (Alert a : alerts) {
      List<Alert.Evidence> ev = new ArrayList<>();
      if (a.recordId() != null) {
        ev.addAll(evidence.get(a.recordId()));
      }
      if (a.relatedRecordId() != null) {
        ev.addAll(evidence.get(a.relatedRecordId()));
      }
      out.add(a.withEvidence(ev));
    }
    return out;
  }
}
