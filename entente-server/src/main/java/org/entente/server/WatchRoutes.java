package org.entente.server;

import static org.entente.server.Route.Param.path;
import static org.entente.server.Route.Param.query;

import io.javalin.http.HandlerType;
import java.util.List;

/**
 * The watch part of the route table: watchlists, their alerts and their Atom feeds. {@link Routes}
 * adds these entries to its table, which registers and documents them with the rest.
 */
final class WatchRoutes {

  private static final String JSON = "application/json";
  private static final String TAG = "watch";

  private static final Route.Param NAME = path("name", "string", "watchlist name");
  private static final Route.Param SINCE =
      query(
          "since",
          "date",
          "the period starts the day after this one (default "
              + WatchApi.DEFAULT_PERIOD_DAYS
              + " days before as_of; "
              + WatchFeed.DEFAULT_PERIOD_DAYS
              + " for a feed)");
  private static final Route.Param AS_OF =
      query("as_of", "date", "the period's last day, and the day states are read (default today)");

  private WatchRoutes() {}

  static List<Route> of(WatchApi watch, WatchFeed feed) {
    return List.of(
        read(
            "/api/watchlists",
            "Watchlists, by name, with links to their alerts and feed",
            List.of(),
            JSON,
            watch::list),
        read(
            "/api/watchlists/{name}",
            "A watchlist: the actors and pairs it follows, topics, alert kinds, what \"soon\" means",
            List.of(NAME),
            JSON,
            watch::get),
        read(
            "/api/watchlists/{name}/alerts",
            "The alerts of a watchlist for a period, derived from the ledger as of a day, grouped by"
                + " relationship, most urgent first; each links to its record and source documents",
            List.of(NAME, SINCE, AS_OF),
            JSON,
            watch::alerts),
        read(
            "/feeds/watch/{name}.atom",
            "The alerts of a watchlist as an Atom feed (default: the "
                + WatchFeed.DEFAULT_PERIOD_DAYS
                + " days up to today); each entry links to its record and source documents",
            List.of(NAME, SINCE, AS_OF),
            "application/atom+xml",
            feed::feed),
        new Route(
            HandlerType.POST,
            "/api/watchlists",
            TAG,
            "Add a watchlist",
            List.of(),
            "{name, actors?: [code], pairs?: [\"A/B\"], topics?: [topic], kinds?: [kind],"
                + " due_days?}; actors and pairs together name at least one",
            true,
            JSON,
            watch::create),
        new Route(
            HandlerType.DELETE,
            "/api/watchlists/{name}",
            TAG,
            "Remove a watchlist",
            List.of(NAME),
            null,
            true,
            JSON,
            watch::delete));
  }

  private static Route read(
      String path,
      String summary,
      List<Route.Param> params,
      String produces,
      io.javalin.http.Handler h) {
    return new Route(HandlerType.GET, path, TAG, summary, params, null, false, produces, h);
  }
}
