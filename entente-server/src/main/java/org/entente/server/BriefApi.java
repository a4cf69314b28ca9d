package org.entente.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.entente.store.brief.Brief;
import org.entente.store.brief.Briefs;
import org.entente.store.brief.render.BriefFormat;
import org.entente.store.brief.render.BriefHtml;

/**
 * The relationship brief: as a page of the dashboard ({@code /brief/A/B}, its print stylesheet
 * linked from {@code /brief.css}, since the Content-Security-Policy allows no inline style) and
 * over the API in Markdown, HTML or PDF. Thread-safe (state is the pool).
 */
final class BriefApi {

  /** How far back "what changed" looks when no {@code since} is given, as on the command line. */
  static final int DEFAULT_SINCE_DAYS = 90;

  static final String STYLESHEET_PATH = "/brief.css";

  private static final byte[] CSS = BriefHtml.css().getBytes(StandardCharsets.UTF_8);

  private final LedgerPool pool;

  BriefApi(LedgerPool pool) {
    this.pool = pool;
  }

  /** The brief page: HTML linking the print stylesheet and the pair's dossier. */
  void page(Context ctx) {
    Params p = Params.of(ctx);
    Request r = request(p, false);
    Brief b = build(r);
    String dossier = "/#/dossier/" + r.a() + "/" + r.b();
    ctx.contentType(BriefFormat.HTML.mediaType())
        .result(BriefHtml.write(b, STYLESHEET_PATH, dossier).getBytes(StandardCharsets.UTF_8));
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
      BriefFormat format) {}

  private static Request request(Params p, boolean withFormat) {
    String a = p.pathCode("a");
    String b = p.pathCode("b");
    LocalDate asOf = p.asOf();
    LocalDate since = p.date("since");
    String f = withFormat ? p.oneOf("format", Set.of("md", "html", "pdf")) : null;
    if (a != null && a.equals(b)) {
      p.problem("b", "must differ from a");
    }
    LocalDate from = since == null ? asOf.minusDays(DEFAULT_SINCE_DAYS) : since;
    if (from.isAfter(asOf)) {
      p.problem("since", "after as_of");
    }
    p.check();
    return new Request(a, b, asOf, from, since != null, BriefFormat.of(f == null ? "html" : f));
  }

  private Brief build(Request r) {
    return pool.read(
        l -> {
          BrowseApi.requireActor(l, r.a());
          BrowseApi.requireActor(l, r.b());
          Briefs briefs = new Briefs(l);
          return r.sinceGiven()
              ? briefs.of(r.a(), r.b(), r.asOf(), r.since())
              : briefs.sinceLastBrief(r.a(), r.b(), r.asOf(), r.since());
        });
  }
}
