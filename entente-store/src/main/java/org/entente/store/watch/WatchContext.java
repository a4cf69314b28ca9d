package org.entente.store.watch;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.Ledger;
import org.entente.store.Views;

/**
 * One alert computation: the ledger, the watchlist and its scope, and the period {@code (since,
 * asOf]}. Loads each record's evidence text once. Not thread-safe.
 */
public final class WatchContext {

  private final Ledger ledger;
  private final Watchlist watchlist;
  private final WatchScope scope;
  private final LocalDate since;
  private final LocalDate asOf;
  private final Map<Long, List<Alert.Evidence>> evidence = new HashMap<>();

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

  /** The documents and evidence sentences of a record, as of the "as of" day. */
  public List<Alert.Evidence> evidence(long recordId) {
    return evidence.computeIfAbsent(recordId, this::loadEvidence);
  }

  private List<Alert.Evidence> loadEvidence(long recordId) {
    List<Alert.Evidence> out = new ArrayList<>();
    ledger
        .queries()
        .record(recordId, asOf)
        .ifPresent(
            r -> {
              for (Views.Source s : r.sources()) {
                List<String> texts = new ArrayList<>();
                for (Views.Evidence e : s.evidence()) {
                  if (e.text() != null && !e.text().isBlank()) {
                    texts.add(e.text().strip());
                  }
                }
                out.add(new Alert.Evidence(recordId, s.docId(), s.name(), s.published(), texts));
              }
            });
    return List.copyOf(out);
  }

  /** An alert about a followed record. */
  Alert about(
      AlertKind kind,
      WatchScope.Followed f,
      LocalDate on,
      String summary,
      List<Alert.Evidence> evidence,
      Long related) {
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
        evidence,
        related,
        null);
  }
}
