package org.entente.store.scorecard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.model.PartialDate;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.StatusEvent;
import org.entente.store.evidence.Quote;
import org.entente.store.evidence.Quotes;

/**
 * Computes scorecards. A commitment falls due in a period when the last day of its exact or latest
 * deadline lies in it; one without such a deadline is scored in the period where it ended
 * (fulfilled or lapsed) and, when only a curator's outcome ends it, in the period it was made.
 * Statuses are those of the period's last day; a curator's outcome wins over the lifecycle's.
 * Superseded commitments are not scored (the commitment that superseded them is). Not thread-safe
 * (uses the ledger's connection).
 */
public final class Scorecards {

  /** The most sources quoted per commitment. */
  static final int MAX_QUOTES = 3;

  private final Ledger ledger;
  private final Quotes quotes;

  public Scorecards(Ledger ledger) {
    this.ledger = ledger;
    this.quotes = new Quotes(ledger.db());
  }

  /**
   * The scorecard of one actor ({@code b} null) or of a pair, over [{@code from}, {@code to}].
   *
   * @throws IllegalArgumentException when {@code from} is after {@code to}
   */
  public Scorecard of(String a, String b, LocalDate from, LocalDate to) {
    check(from, to);
    List<Views.LedgerRecord> mine = new ArrayList<>();
    for (Views.LedgerRecord r : commitments(a, to)) {
      if (b == null || r.parties().contains(b)) {
        mine.add(r);
      }
    }
    List<ScoreLine> lines = lines(mine, from, to);
    return new Scorecard(
        b == null ? List.of(a) : List.of(a, b), from, to, lines, Scorecard.mean(lines));
  }

  /**
   * The scorecards of every actor and every pair with at least one commitment due in the period:
   * actors first, then pairs, each by the number of commitments (most first), then by name.
   */
  public List<Scorecard> all(LocalDate from, LocalDate to) {
    check(from, to);
    List<ScoreLine> lines = lines(commitments(null, to), from, to);
    Map<List<String>, List<ScoreLine>> by = new TreeMap<>(Comparator.comparing(Object::toString));
    for (ScoreLine l : lines) {
      List<String> ps = l.parties().stream().sorted().toList();
      for (int i = 0; i < ps.size(); i++) {
        by.computeIfAbsent(List.of(ps.get(i)), k -> new ArrayList<>()).add(l);
        for (int j = i + 1; j < ps.size(); j++) {
          by.computeIfAbsent(List.of(ps.get(i), ps.get(j)), k -> new ArrayList<>()).add(l);
        }
      }
    }
    List<Scorecard> out = new ArrayList<>();
    by.forEach((k, v) -> out.add(new Scorecard(k, from, to, v, Scorecard.mean(v))));
    out.sort(
        Comparator.comparingInt((Scorecard s) -> s.actors().size())
            .thenComparing(s -> -s.lines().size())
            .thenComparing(Scorecard::subject));
    return out;
  }

  private static void check(LocalDate from, LocalDate to) {
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(
          "the period starts (" + from + ") after it ends (" + to + ")");
    }
  }

  private List<Views.LedgerRecord> commitments(String party, LocalDate to) {
    return ledger.queries().commitments(new Queries.CommitmentFilter(party, null, null, null, to));
  }

  private Map<Long, Outcome> curatedOutcomes() {
    Map<Long, Outcome> out = new HashMap<>();
    ledger
        .db()
        .query(
            "SELECT id, outcome FROM records WHERE outcome IS NOT NULL AND type = 'commitment'",
            rs -> out.put(rs.getLong(1), Outcome.ofLabel(rs.getString(2))));
    return out;
  }

  private List<ScoreLine> lines(
      List<Views.LedgerRecord> commitments, LocalDate from, LocalDate to) {
    Map<Long, Outcome> curated = curatedOutcomes();
    Map<Views.LedgerRecord, Outcome> due = new LinkedHashMap<>();
    for (Views.LedgerRecord r : commitments) {
      Outcome o = curated.getOrDefault(r.id(), Outcome.of(r.commitmentStatus()));
      if (o != null && fellDue(r, curated.containsKey(r.id()), from, to)) {
        due.put(r, o);
      }
    }
    quotes.loadSources(due.keySet());
    List<ScoreLine> out = new ArrayList<>();
    for (Map.Entry<Views.LedgerRecord, Outcome> e : due.entrySet()) {
      Views.LedgerRecord r = e.getKey();
      StatusEvent last = r.history().isEmpty() ? null : r.history().get(r.history().size() - 1);
      boolean isCurated = curated.containsKey(r.id());
      String reason =
          isCurated ? "outcome set by a curator" : last == null ? "no news of it" : last.reason();
      out.add(
          new ScoreLine(
              r.id(),
              r.title(),
              r.parties(),
              r.due(),
              r.dueText(),
              r.commitmentStatus().label(),
              e.getValue(),
              isCurated,
              last == null ? null : last.on(),
              reason,
              quotes(r),
              fulfilment(last, to)));
    }
    out.sort(
        Comparator.comparing(
                (ScoreLine l) -> dueDay(l.due()), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(ScoreLine::recordId));
    return out;
  }

  private List<Quote> quotes(Views.LedgerRecord r) {
    List<Quote> out = new ArrayList<>();
    for (Views.Source s : r.sources()) {
      if (out.size() == MAX_QUOTES) {
        break;
      }
      out.add(quotes.quote(s));
    }
    return out;
  }

  private List<Quote> fulfilment(StatusEvent last, LocalDate to) {
    if (last == null
        || last.status() != CommitmentStatus.FULFILLED
        || last.evidenceRecordId() == null) {
      return List.of();
    }
    return ledger.queries().record(last.evidenceRecordId(), to).map(this::quotes).orElse(List.of());
  }

  static boolean fellDue(Views.LedgerRecord r, boolean curated, LocalDate from, LocalDate to) {
    boolean dated =
        r.due() != null && ("EXACT".equals(r.dueKind()) || "LATEST".equals(r.dueKind()));
    if (dated) {
      return within(dueDay(r.due()), from, to);
    }
    List<StatusEvent> h = r.history();
    CommitmentStatus s = r.commitmentStatus();
    if ((s == CommitmentStatus.FULFILLED || s == CommitmentStatus.LAPSED) && !h.isEmpty()) {
      return within(h.get(h.size() - 1).on(), from, to);
    }
    return curated && within(r.onDate(), from, to);
  }

  private static LocalDate dueDay(String due) {
    if (due == null) {
      return null;
    }
    try {
      return PartialDate.parse(due).latestDay();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static boolean within(LocalDate d, LocalDate from, LocalDate to) {
    return d != null && !d.isBefore(from) && !d.isAfter(to);
  }
}
