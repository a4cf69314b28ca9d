package org.entente.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.store.Ledger;
import org.entente.store.brief.Brief;
import org.entente.store.brief.BriefLog;
import org.entente.store.brief.Briefs;
import org.entente.store.brief.render.BriefFormat;
import org.entente.store.brief.render.BriefHtml;

/**
 * The relationship brief: as a page of the dashboard ({@code /brief/A/B}, its print stylesheet
 * linked from {@code /brief.css}, since the Content-Security-Policy allows no inline style) and
 * over the API in Markdown, HTML or PDF; the log of past briefs ({@link BriefLog}), listed, each
 * reopened by {@code ?brief=ID}, and a brief logged from the dashboard (behind the token).
 * Thread-safe (state is the pool).
 */
final class BriefApi {

  /** How far back "what changed" looks when no {@code since} is given, as on the command line. */
  static final int DEFAULT_SINCE_DAYS = 90;

  static final String STYLESHEET_PATH = "/brief.css";

  private static final byte[] CSS = BriefHtml.css().getBytes(StandardCharsets.UTF_8);

  /** Past briefs listed when no {@code limit} is given. */
  static final int DEFAULT_LIST = 50;

  private final LedgerPool pool;
  private final long maxBody;

  BriefApi(LedgerPool pool, long maxBody) {
    this.pool = pool;
    this.maxBody = maxBody;
  }

  /** The brief page: HTML linking the print stylesheet and the pair's dossier. */
  void page(Context ctx) {
    Params p = Params.of(ctx);
    Request r = request(p, false);
    Brief b = build(r);
    String dossier = "/#/dossier/" + r.a() + "/" + r.b();
    String note =
        r.brief() == null
            ? null
            : "Past brief "
                + r.brief()
                + ", issued "
                + pool.read(l -> new BriefLog(l).find(r.brief()))
                    .map(BriefLog.Issued::issuedAt)
                    .orElse("?")
                + ", shown again from the ledger as it stands now";
    ctx.contentType(BriefFormat.HTML.mediaType())
        .result(
            BriefHtml.write(b, STYLESHEET_PATH, dossier, note).getBytes(StandardCharsets.UTF_8));
  }

  /** The brief in the format asked for (HTML with its stylesheet inline by default). */
  void brief(Context ctx) {
    Params p = Params.of(ctx);
    Request r = request(p, true);
    Brief b = build(r);
    ctx.contentType(r.format().mediaType()).result(r.format().write(b));
  }

  void stylesheet(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").result(CSS);
  }

  /** The past briefs, the latest issued first: of a pair, of an actor's pairs, or all. */
  void list(Context ctx) {
    Params p = Params.of(ctx);
    String a = p.code("a");
    String b = p.code("b");
    int limit = p.integer("limit", DEFAULT_LIST, 1, 500);
    if (b != null && a == null) {
      p.problem("b", "needs a");
    }
    p.check();
    List<BriefLog.Issued> briefs = pool.read(l -> new BriefLog(l).recent(a, b, limit));
    List<Map<String, Object>> items = new ArrayList<>();
    for (BriefLog.Issued i : briefs) {
      items.add(view(i));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", items);
    out.put("total", items.size());
    Responses.json(ctx, out);
  }

  /**
   * Logs the brief of a pair as the dashboard shows it ({@code since} given: the changes after it;
   * else since the last brief logged), so that the next brief reports what changed since.
   */
  void record(Context ctx) {
    Bodies body = Bodies.read(ctx, maxBody);
    String a = body.required("a", 20);
    String b = body.required("b", 20);
    LocalDate asOf = body.date("as_of");
    LocalDate since = body.date("since");
    for (String[] f : new String[][] {{"a", a}, {"b", b}}) {
      if (f[1] != null && !Params.CODE.matcher(f[1]).matches()) {
        body.problem(f[0], "not an actor code");
      }
    }
    if (a != null && a.equals(b)) {
      body.problem("b", "must differ from a");
    }
    LocalDate day = asOf == null ? LocalDate.now(java.time.ZoneOffset.UTC) : asOf;
    if (since != null && since.isAfter(day)) {
      body.problem("since", "after as_of");
    }
    body.check();
    Map<String, Object> out =
        pool.write(
            l -> {
              BrowseApi.requireActor(l, a);
              BrowseApi.requireActor(l, b);
              Briefs briefs = new Briefs(l);
              Brief brief =
                  since != null
                      ? briefs.of(a, b, day, since)
                      : briefs.sinceLastBrief(a, b, day, day.minusDays(DEFAULT_SINCE_DAYS));
              BriefLog log = new BriefLog(l);
              return view(log.find(log.record(brief)).orElseThrow());
            });
    Responses.json(ctx, 201, out);
  }

  /** A past brief as the API lists it, with the link that reopens it. */
  static Map<String, Object> view(BriefLog.Issued i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("a", i.a());
    m.put("b", i.b());
    m.put("asOf", i.asOf());
    m.put("since", i.since());
    m.put("issuedAt", i.issuedAt());
    m.put("records", i.records());
    m.put("href", "/brief/" + i.a() + "/" + i.b() + "?brief=" + i.id());
    return m;
  }

  /**
   * @param since the day after which changes are reported
   * @param sinceGiven whether the request gave it; if not, the changes are those since the last
   *     brief of the pair in the ledger's log when there is one (the API logs none itself)
   */
  private record Request(
      String a,
      String b,
      LocalDate asOf,
      LocalDate since,
      boolean sinceGiven,
      BriefFormat format,
      Long brief) {}

  private static Request request(Params p, boolean withFormat) {
    String a = p.pathCode("a");
    String b = p.pathCode("b");
    LocalDate asOf = p.asOf();
    LocalDate since = p.date("since");
    String f = withFormat ? p.oneOf("format", Set.of("md", "html", "pdf")) : null;
    Long brief = p.id("brief");
    if (a != null && a.equals(b)) {
      p.problem("b", "must differ from a");
    }
    if (brief != null && (since != null || p.string("as_of") != null)) {
      p.problem("brief", "a past brief has its own as_of and since");
    }
    LocalDate from = since == null ? asOf.minusDays(DEFAULT_SINCE_DAYS) : since;
    if (from.isAfter(asOf)) {
      p.problem("since", "after as_of");
    }
    p.check();
    return new Request(
        a, b, asOf, from, since != null, BriefFormat.of(f == null ? "html" : f), brief);
  }

  private Brief build(Request r) {
    return pool.read(
        l -> {
          BrowseApi.requireActor(l, r.a());
          BrowseApi.requireActor(l, r.b());
          Briefs briefs = new Briefs(l);
          if (r.brief() != null) {
            return briefs.reopen(issued(l, r));
          }
          return r.sinceGiven()
              ? briefs.of(r.a(), r.b(), r.asOf(), r.since())
              : briefs.sinceLastBrief(r.a(), r.b(), r.asOf(), r.since());
        });
  }

  /** The past brief the request names, which must be of its pair (in either order), or a 404. */
  private static BriefLog.Issued issued(Ledger l, Request r) {
    return new BriefLog(l)
        .find(r.brief())
        .filter(
            i ->
                (i.a().equals(r.a()) && i.b().equals(r.b()))
                    || (i.a().equals(r.b()) && i.b().equals(r.a())))
        .orElseThrow(
            () ->
                ApiException.notFound(
                    "no brief " + r.brief() + " of " + r.a() + " and " + r.b() + " in the log"));
  }
}
