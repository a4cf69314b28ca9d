package org.entente.store.watch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.Ledger;
import org.entente.store.Views;

/**
 * One alert computation: the ledger, the watchlist and its scope, and the period {@code (since,
 * asOf]}. Alerts are made without their evidence, which {@link Alerts} reads for all of them at
 * once. Not thread-safe.
 */
public final class WatchContext {

  private final Ledger ledger;
  private final Watchlist watchlist;
  private final WatchScope scope;
  private final LocalDate since;
  private final LocalDate asOf;

  WatchContext(
      Ledger ledger, Watchlist watchlist, WatchScope scope, LocalDate since, LocalDate asOf) {
    this.ledger = ledger;
    this.watchlist = watchlist;
    this.scope = scope;
    this.since = since;
    this.asOf = asOf;
  }

  public Ledger ledger() {
    return ledger;
  }

  public Watchlist watchlist() {
    return watchlist;
  }

  public WatchScope scope() {
    return scope;
  }

  /** The period's first day is the day after this one. */
  public LocalDate since() {
    return since;
  }

  public LocalDate asOf() {
    return asOf;
  }

  /** Whether {@code day} falls in the period {@code (since, asOf]}. */
  public boolean inPeriod(LocalDate day) {
    return day != null && day.isAfter(since) && !day.isAfter(asOf);
  }

  /** Days from the "as of" day to {@code day}; negative for the past. */
  public long daysTo(LocalDate day) {
    return ChronoUnit.DAYS.between(asOf, day);
  }

  /**
   * The documents and evidence sentences of each of {@code recordIds}, read together: record id →
   * its sources in document order, each with its evidence spans' text (records without evidence map
   * to an empty list).
   */
  Map<Long, List<Alert.Evidence>> evidence(Collection<Long> recordIds) {
    Map<Long, List<Alert.Evidence>> out = new HashMap<>();
    Map<Long, List<Views.Source>> sources = ledger.queries().evidence(recordIds);
    for (Long id : recordIds) {
      List<Alert.Evidence> list = new ArrayList<>();
      for (Views.Source s : sources.getOrDefault(id, List.of())) {
        List<String> texts = new ArrayList<>();
        for (Views.Evidence e : s.evidence()) {
          if (e.text() != null && !e.text().isBlank()) {
            texts.add(e.text().strip());
          }
        }
        list.add(new Alert.Evidence(id, s.docId(), s.name(), s.published(), List.copyOf(texts)));
      }
      out.put(id, List.copyOf(list));
    }
    return out;
  }

  /** An alert about a followed record. */
  Alert about(AlertKind kind, WatchScope.Followed f, LocalDate on, String summary, Long related) {
    Views.LedgerRecord r = f.record();
    return new Alert(
        kind,
        on,
        f.relationship(),
        r.id(),
        r.type(),
        r.title(),
        summary,
        on == null ? null : daysTo(on),
        List.of(),
        related,
        null);
  }
}
