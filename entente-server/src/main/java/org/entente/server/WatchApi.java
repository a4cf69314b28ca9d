package org.entente.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.entente.store.ActorSuggestions;
import org.entente.store.watch.AlertKind;
import org.entente.store.watch.Digest;
import org.entente.store.watch.Watchlist;
import org.entente.store.watch.Watchlists;

/**
 * Watchlists over the API: list, read, create and delete them (writes behind the token, checked by
 * {@link Routes}), and the alerts of one for a period, grouped by relationship with links to the
 * records and documents behind each. Alerts are derived from the ledger on each request, never
 * stored. Thread-safe (state is the pool).
 */
final class WatchApi {

  /** How far back the period reaches when no {@code since} is given. */
  static final int DEFAULT_PERIOD_DAYS = 30;

  /** A watchlist name, as {@link Watchlist} accepts it. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,60}");

  /** The longest period asked at once. */
  static final int MAX_PERIOD_DAYS = 3660;

  private final LedgerPool pool;
  private final long maxBody;

  WatchApi(LedgerPool pool, long maxBody) {
    this.pool = pool;
    this.maxBody = maxBody;
  }

  void list(Context ctx) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (Watchlist w : pool.read(l -> new Watchlists(l).list())) {
      items.add(WatchViews.watchlist(w));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", items);
    out.put("total", items.size());
    Responses.json(ctx, out);
  }

  void get(Context ctx) {
    Responses.json(ctx, WatchViews.watchlist(find(ctx)));
  }

  void alerts(Context ctx) {
    Period period = Period.of(Params.of(ctx), DEFAULT_PERIOD_DAYS);
    String name = name(ctx);
    Digest d =
        pool.read(
            l ->
                Digest.of(
                    l,
                    new Watchlists(l).find(name).orElseThrow(() -> missing(name)),
                    period.since(),
                    period.asOf()));
    Responses.json(ctx, WatchViews.digest(d));
  }

  void create(Context ctx) {
    Bodies b = Bodies.read(ctx, maxBody);
    String name = b.required("name", 60);
    if (name != null && !NAME.matcher(name).matches()) {
      b.problem("name", "1–60 letters, digits, '_', '.' or '-'");
    }
    List<String> actors = strings(b, "actors");
    List<String> pairTexts = strings(b, "pairs");
    List<String> topics = strings(b, "topics");
    List<String> kindTexts = strings(b, "kinds");
    Long days = b.number("due_days");
    List<Watchlist.Pair> pairs = new ArrayList<>();
    for (String p : pairTexts) {
      try {
        pairs.add(Watchlist.Pair.parse(p));
      } catch (IllegalArgumentException e) {
        b.problem("pairs", e.getMessage());
      }
    }
    Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
    for (String k : kindTexts) {
      try {
        kinds.add(AlertKind.of(k));
      } catch (IllegalArgumentException e) {
        b.problem("kinds", e.getMessage());
      }
    }
    if (days != null && (days < 1 || days > 3650)) {
      b.problem("due_days", "must be between 1 and 3650");
    }
    b.check();
    Watchlist w;
    try {
      w =
          new Watchlist(
              name,
              actors,
              pairs,
              topics,
              kinds,
              days == null ? Watchlist.DEFAULT_DUE_DAYS : days.intValue());
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("body", e.getMessage());
    }
    Map<String, Object> out =
        pool.write(
            l -> {
              Watchlists all = new Watchlists(l);
              if (all.find(w.name()).isPresent()) {
                throw ApiException.conflict("a watchlist named " + w.name() + " exists already");
              }
              all.add(w);
              Map<String, Object> m = WatchViews.watchlist(w);
              m.put("unknownActors", unknown(new ActorSuggestions(l), w));
              return m;
            });
    Responses.json(ctx, 201, out);
  }

  void delete(Context ctx) {
    String name = name(ctx);
    boolean removed = pool.write(l -> new Watchlists(l).remove(name));
    if (!removed) {
      throw missing(name);
    }
    Responses.json(ctx, Map.of("removed", name));
  }

  /** The watchlist named by the path, or a 404. */
  Watchlist find(Context ctx) {
    String name = name(ctx);
    return pool.read(l -> new Watchlists(l).find(name)).orElseThrow(() -> missing(name));
  }

  /** The {@code name} path parameter, checked. */
  static String name(Context ctx) {
    String name = ctx.pathParam("name");
    if (!NAME.matcher(name).matches()) {
      throw ApiException.badRequest("name", "not a watchlist name: " + Params.clip(name));
    }
    return name;
  }

  static ApiException missing(String name) {
    return ApiException.notFound("no watchlist named " + name);
  }

  /** The codes the watchlist names that the ledger has no record or actor of (yet). */
  private static List<String> unknown(ActorSuggestions known, Watchlist w) {
    List<String> codes = new ArrayList<>(w.actors());
    w.pairs().forEach(p -> codes.addAll(List.of(p.a(), p.b())));
    List<String> out = new ArrayList<>();
    for (String c : codes) {
      if (!out.contains(c) && !known.knows(c)) {
        out.add(c);
      }
    }
    return out;
  }

  /** A list field given as a JSON array of strings or as one comma-separated string. */
  private static List<String> strings(Bodies b, String name) {
    JsonNode n = b.root().get(name);
    List<String> out = new ArrayList<>();
    if (n == null || n.isNull()) {
      return out;
    }
    if (n.isTextual()) {
      for (String s : n.asText().split(",")) {
        out.add(s.strip());
      }
    } else if (n.isArray() && n.size() <= 200) {
      for (JsonNode x : n) {
        if (!x.isTextual() || x.asText().length() > 100) {
          b.problem(name, "must hold strings of at most 100 characters");
          return List.of();
        }
        out.add(x.asText().strip());
      }
    } else {
      b.problem(name, "must be an array of strings (at most 200) or a comma-separated string");
      return List.of();
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  /**
   * The period {@code (since, asOf]} of a request: {@code as_of} (default today) and {@code since}
   * (default {@code defaultDays} days before it).
   */
  record Period(LocalDate since, LocalDate asOf) {
    static Period of(Params p, int defaultDays) {
      LocalDate asOf = p.asOf();
      LocalDate since = p.date("since");
      if (since == null) {
        since = asOf.minusDays(defaultDays);
      } else if (since.isAfter(asOf)) {
        p.problem("since", "after the as_of day " + asOf);
      } else if (since.isBefore(asOf.minusDays(MAX_PERIOD_DAYS))) {
        p.problem("since", "at most " + MAX_PERIOD_DAYS + " days before the as_of day");
      }
      p.check();
      return new Period(since, asOf);
    }
  }
}
