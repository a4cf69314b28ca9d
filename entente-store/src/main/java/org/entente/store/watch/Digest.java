package org.entente.store.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.Ledger;

/**
 * A period's alerts of one watchlist grouped by relationship: the group holding the most urgent
 * alert first, alerts in each group most urgent first. Immutable.
 *
 * @param watchlist the watchlist's name
 * @param since the period starts the day after
 * @param asOf the period's last day
 * @param groups by relationship
 */
public record Digest(String watchlist, LocalDate since, LocalDate asOf, List<Group> groups) {

  /** The alerts of one relationship. */
  public record Group(String relationship, List<Alert> alerts) {}

  /** Builds the digest of {@code w} for {@code (since, asOf]}. */
  public static Digest of(Ledger ledger, Watchlist w, LocalDate since, LocalDate asOf) {
    return of(w.name(), since, asOf, Alerts.find(ledger, w, since, asOf));
  }

  /** Groups alerts already found (any order). */
  public static Digest of(String name, LocalDate since, LocalDate asOf, List<Alert> alerts) {
    List<Alert> sorted = new ArrayList<>(alerts);
    sorted.sort(Alerts.URGENCY);
    Map<String, List<Alert>> by = new LinkedHashMap<>();
    for (Alert a : sorted) {
      by.computeIfAbsent(a.relationship(), k -> new ArrayList<>()).add(a);
    }
    List<Group> groups = new ArrayList<>();
    by.forEach((k, v) -> groups.add(new Group(k, List.copyOf(v))));
    groups.sort(
        Comparator.comparing((Group g) -> g.alerts().get(0), Alerts.URGENCY)
            .thenComparing(Group::relationship));
    return new Digest(name, since, asOf, List.copyOf(groups));
  }

  /** How many alerts in all. */
  public int size() {
    int n = 0;
    for (Group g : groups) {
      n += g.alerts().size();
    }
    return n;
  }
}
