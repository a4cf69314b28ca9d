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
   * out or not.
   */
  List<Alert> alerts(WatchContext ctx);
}
