package org.entente.server;

import static org.entente.server.Route.Param.path;
import static org.entente.server.Route.Param.query;

import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The brief part of the route table: the relationship brief as a page and over the API, its
 * stylesheet, and the log of past briefs (listed, reopened with {@code ?brief=ID}, a brief logged
 * from the dashboard). {@link Routes} adds these entries to its table, which registers and
 * documents them with the rest.
 */
final class BriefRoutes {

  private static final String TAG = "brief";
  private static final String JSON = "application/json";

  private BriefRoutes() {}

  static List<Route> of(BriefApi brief) {
    List<Route.Param> page =
        List.of(
            path("a", "string", "actor code"),
            path("b", "string", "actor code"),
            query("as_of", "date", "the brief's day (default today)"),
            query(
                "since",
                "date",
                "report what was reported after this day (default: what changed since the last"
                    + " brief logged, else "
                    + BriefApi.DEFAULT_SINCE_DAYS
                    + " days before as_of)"),
            query(
                "brief",
                "integer",
                "a past brief's id (GET /api/briefs): that brief again, as of its day and its"
                    + " changes measured as when it was issued; with neither as_of nor since"));
    List<Route.Param> api = new ArrayList<>(page);
    api.add(query("format", "string", "html (default, stylesheet inline), md or pdf"));
    return List.of(
        new Route(
            HandlerType.GET,
            "/api/brief/{a}/{b}",
            TAG,
            "The relationship brief of two actors, every statement cited: HTML, Markdown or PDF",
            api,
            null,
            false,
            "text/html",
            brief::brief),
        new Route(
            HandlerType.GET,
            "/brief/{a}/{b}",
            TAG,
            "The relationship brief as a dashboard page, with its A4 print stylesheet",
            page,
            null,
            false,
            "text/html",
            brief::page),
        new Route(
            HandlerType.GET,
            "/brief.css",
            TAG,
            "The brief's stylesheet (screen and A4 print)",
            List.of(),
            null,
            false,
            "text/css",
            brief::stylesheet),
        new Route(
            HandlerType.GET,
            "/api/briefs",
            TAG,
            "The briefs logged (by the command line or POST /api/briefs), the latest issued first,"
                + " each with the link that reopens it",
            List.of(
                query("a", "string", "of this actor's pairs"),
                query("b", "string", "and of this second actor (with a): one pair"),
                query("limit", "integer", "the most listed, 1–500 (default 50)")),
            null,
            false,
            JSON,
            brief::list),
        new Route(
            HandlerType.POST,
            "/api/briefs",
            TAG,
            "Log the brief of a pair as of a day, so that the next brief reports what changed since",
            List.of(),
            "{a, b, as_of?, since?}: without since, the changes since the last brief logged",
            true,
            JSON,
            brief::record));
  }
}
