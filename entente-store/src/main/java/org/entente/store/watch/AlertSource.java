package org.entente.store.watch;

import java.util.List;

/**
 * One kind of question asked of a watch: what deadlines, outcomes, records, sessions or curators'
 * changes deserve an alert in a period. Implementations are stateless and thread-safe; they read
 * through the {@link WatchContext} they are given.
 */
public interface AlertSource {

  /**
   * The alerts of the context's period, in any order; kinds the watchlist does not want may be left
   * out or not. Their evidence is left empty: {@link Alerts} reads that of their record and related
   * record for every alert at once.
   */
  List<Alert> alerts(WatchContext ctx);
}
