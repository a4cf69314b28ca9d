package org.entente.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.Listings;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;

/**
 * Reads for browsing: the overview, documents and stories, actors, persons, topics, full-text
 * search and the relations network. Thread-safe (state is the pool).
 */
final class BrowseApi {

  private final LedgerPool pool;
  private final ServerConfig config;

  BrowseApi(LedgerPool pool, ServerConfig config) {
    this.pool = pool;
    this.config = config;
  }

  void info(Context ctx) {
    Listings.Totals totals = pool.read(l -> new Listings(l).totals());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", "Entente");
    out.put("writable", config.token().isPresent());
    out.put("maxBodyBytes", config.maxBodyBytes());
    out.put("totals", totals);
    Responses.json(ctx, out);
  }

  void overview(Context ctx) {
    Params p = Params.of(ctx);
    LocalDate asOf = p.asOf();
    int days = p.integer("days", 90, 1, 3650);
    p.check();
    Map<String, Object> out = new LinkedHashMap<>();
    pool.read(
        l -> {
          Listings li = new Listings(l);
          out.put("asOf", asOf);
          out.put("totals", li.totals());
          out.put("meetings", li.latest("meeting", asOf, 8));
          out.put("agreements", li.latest("agreement", asOf, 8));
          out.put(
              "overdue",
              first(
                  l.queries()
                      .commitments(
                          new org.entente.store.Queries.CommitmentFilter(
                              null, CommitmentStatus.OVERDUE, null, null, asOf)),
                  20));
          out.put(
              "dueSoon",
              first(
                  l.queries()
                      .commitments(
                          new org.entente.store.Queries.CommitmentFilter(
                              null,
                              CommitmentStatus.PENDING,
                              asOf.plusDays(days + 1L),
                              asOf.minusDays(1),
                              asOf)),
                  20));
          out.put("activity", li.activity(asOf));
          return null;
        });
    Responses.json(ctx, out);
  }

  void activity(Context ctx) {
    Params p = Params.of(ctx);
    LocalDate asOf = p.asOf();
    p.check();
    Responses.json(ctx, pool.read(l -> new Listings(l).activity(asOf)));
  }

  void documents(Context ctx) {
    Params p = Params.of(ctx);
    Listings.DocumentFilter f =
        new Listings.DocumentFilter(
            p.code("actor"),
            p.string("topic"),
            p.string("story"),
            p.date("from"),
            p.date("to"),
            p.language("lang"));
    int limit = p.limit(50);
    int offset = p.offset();
    p.check();
    Responses.json(ctx, pool.read(l -> new Listings(l).documents(f, limit, offset)));
  }

  void document(Context ctx) {
    String id = ctx.pathParam("id");
    Responses.json(
        ctx,
        pool.read(l -> new Listings(l).document(id))
            .orElseThrow(() -> ApiException.notFound("no document " + Params.clip(id))));
  }

  void stories(Context ctx) {
    Params p = Params.of(ctx);
    int limit = p.limit(50);
    int offset = p.offset();
    p.check();
    Responses.json(ctx, pool.read(l -> new Listings(l).stories(limit, offset)));
  }

  void story(Context ctx) {
    Params p = Params.of(ctx);
    String id = ctx.pathParam("id");
    int limit = p.limit(100);
    int offset = p.offset();
    p.check();
    Listings.Page<Listings.DocumentSummary> page =
        pool.read(
            l ->
                new Listings(l)
                    .documents(
                        new Listings.DocumentFilter(null, null, id, null, null), limit, offset));
    if (page.total() == 0) {
      throw ApiException.notFound("no story " + Params.clip(id));
    }
    Responses.json(ctx, page);
  }

  void actors(Context ctx) {
    Params p = Params.of(ctx);
    String q = p.string("q");
    String kind = p.oneOf("kind", Set.of("STATE", "ORGANISATION"));
    int limit = p.limit(100);
    int offset = p.offset();
    p.check();
    Responses.json(ctx, pool.read(l -> new Listings(l).actors(q, kind, limit, offset)));
  }

  void actor(Context ctx) {
    Params p = Params.of(ctx);
    String code = p.pathCode("code");
    LocalDate asOf = p.asOf();
    p.check();
    Map<String, Object> out = new LinkedHashMap<>();
    pool.read(
        l -> {
          Listings li = new Listings(l);
          requireActor(l, code);
          out.put("actor", l.queries().actor(code));
          out.put("asOf", asOf);
          out.put("partners", li.partners(code, asOf, 30));
          out.put("persons", l.queries().persons(code));
          out.put("mechanisms", l.queries().mechanisms(code, null, asOf));
          out.put(
              "timeline",
              li.records(new Listings.RecordFilter(null, code, null, null, asOf), 100, 0));
          return null;
        });
    Responses.json(ctx, out);
  }

  void persons(Context ctx) {
    Params p = Params.of(ctx);
    String q = p.string("q");
    String affiliation = p.code("affiliation");
    int limit = p.limit(100);
    int offset = p.offset();
    p.check();
    Responses.json(ctx, pool.read(l -> new Listings(l).persons(q, affiliation, limit, offset)));
  }

  void person(Context ctx) {
    Params p = Params.of(ctx);
    long id = p.pathId("id");
    p.check();
    Responses.json(
        ctx,
        pool.read(l -> new Listings(l).person(id))
            .orElseThrow(() -> ApiException.notFound("no person " + id)));
  }

  void topics(Context ctx) {
    Responses.json(ctx, pool.read(l -> new Listings(l).topics()));
  }

  void search(Context ctx) {
    Params p = Params.of(ctx);
    String q = p.required("q");
    int limit = p.limit(20);
    int offset = p.offset();
    if (offset > 10_000) {
      p.problem("offset", "must be at most 10000");
    }
    p.check();
    Responses.json(
        ctx,
        pool.read(
            l -> {
              // one ranked set for every page: the best of the matches added last, so that pages
              // neither repeat nor skip a hit; past it a page is empty and has no next
              int reach = Math.min(offset + limit, org.entente.store.Queries.SEARCH_CANDIDATES);
              List<Views.SearchHit> hits =
                  offset >= reach ? List.of() : l.queries().search(q, reach);
              List<Views.SearchHit> page =
                  hits.size() <= offset ? List.of() : hits.subList(offset, hits.size());
              return new Listings.Page<>(page, new Listings(l).searchCount(q), limit, offset);
            }));
  }

  void network(Context ctx) {
    Params p = Params.of(ctx);
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    String topic = p.string("topic");
    LocalDate asOf = p.asOf();
    int max = p.integer("max_edges", 150, 1, 2000);
    if (from != null && to != null && from.isAfter(to)) {
      p.problem("from", "must not be after to");
    }
    p.check();
    Responses.json(ctx, pool.read(l -> new Listings(l).network(from, to, topic, asOf, max)));
  }

  /**
   * Throws 404 "no actor MOR (did you mean MAR?)" when the ledger does not know {@code code}; the
   * one check of every route with an actor in its path.
   */
  static void requireActor(org.entente.store.Ledger l, String code) {
    org.entente.store.ActorSuggestions s = new org.entente.store.ActorSuggestions(l);
    if (!s.knows(code)) {
      String hint = org.entente.store.ActorSuggestions.didYouMean(s.near(code));
      throw ApiException.notFound("no actor " + code + (hint.isEmpty() ? "" : " (" + hint + ")"));
    }
  }

  private static <T> List<T> first(List<T> all, int n) {
    return List.copyOf(all.subList(0, Math.min(n, all.size())));
  }
}
