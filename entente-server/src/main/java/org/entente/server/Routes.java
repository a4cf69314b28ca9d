package org.entente.server;

import static org.entente.server.Route.Param.path;
import static org.entente.server.Route.Param.query;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route table: every route the server answers, in one place. {@link #install} registers them
 * (write routes behind the token check) and {@link OpenApi} documents the same list.
 */
public final class Routes {

  private static final String JSON = "application/json";

  private static final Route.Param LIMIT = query("limit", "integer", "page size, 1–500");
  private static final Route.Param OFFSET = query("offset", "integer", "items to skip");
  private static final Route.Param AS_OF =
      query("as_of", "date", "answer as of this day (default today): later records are left out");
  private static final Route.Param FROM = query("from", "date", "from this day (inclusive)");
  private static final Route.Param TO = query("to", "date", "to this day (inclusive)");
  private static final Route.Param PARTY = query("party", "string", "actor code, e.g. MAR");
  private static final Route.Param ID = path("id", "integer", "record id");
  private static final Route.Param WORDS =
      query("q", "string", "words each found in the title (kind, name or action) or the place");

  private final List<Route> routes;
  private final byte[] openApi;

  Routes(
      BrowseApi browse,
      RecordApi records,
      CurationApi curation,
      AnalyseApi analyse,
      WatchApi watch,
      WatchFeed feed,
      BriefApi brief) {
    List<Route> r = new ArrayList<>();
    // overview
    r.add(
        get(
            "/api/info",
            "meta",
            "Server facts: totals, whether writes are enabled",
            List.of(),
            browse::info));
    r.add(
        get(
            "/api/overview",
            "overview",
            "Home: latest meetings and agreements, commitments due soon and overdue, activity by month",
            List.of(AS_OF, query("days", "integer", "what \"soon\" means, in days (default 90)")),
            browse::overview));
    r.add(
        get(
            "/api/activity",
            "overview",
            "Documents and records by month",
            List.of(AS_OF),
            browse::activity));
    r.add(
        get(
            "/api/topics",
            "overview",
            "Topics with their document counts",
            List.of(),
            browse::topics));
    r.add(
        get(
            "/api/network",
            "overview",
            "Actors as nodes, shared records as edges",
            List.of(
                FROM,
                TO,
                query("topic", "string", "only records evidenced in documents with this topic"),
                query("max_edges", "integer", "the heaviest edges kept (default 150)"),
                AS_OF),
            browse::network));
    // documents
    r.add(
        get(
            "/api/documents",
            "documents",
            "Documents, newest first",
            List.of(
                query("actor", "string", "naming this actor"),
                query("topic", "string", "with this topic"),
                query("story", "string", "of this story"),
                query("lang", "string", "read as this language (ISO 639-1: en, fr, es)"),
                FROM,
                TO,
                LIMIT,
                OFFSET),
            browse::documents));
    r.add(
        get(
            "/api/documents/{id}",
            "documents",
            "A document with its original text and every record and person evidenced in it (spans into fullText)",
            List.of(path("id", "string", "document id")),
            browse::document));
    r.add(
        get(
            "/api/stories",
            "documents",
            "Stories (near-duplicate documents grouped), largest first",
            List.of(LIMIT, OFFSET),
            browse::stories));
    r.add(
        get(
            "/api/stories/{id}",
            "documents",
            "The documents of a story",
            List.of(path("id", "string", "story id"), LIMIT, OFFSET),
            browse::story));
    r.add(
        get(
            "/api/search",
            "documents",
            "Full-text search over documents",
            List.of(query("q", "string", "words to find (required)"), LIMIT, OFFSET),
            browse::search));
    // actors and persons
    r.add(
        get(
            "/api/actors",
            "actors",
            "Actors, most documents first",
            List.of(
                query("q", "string", "code or name contains"),
                query("kind", "string", "STATE or ORGANISATION"),
                LIMIT,
                OFFSET),
            browse::actors));
    r.add(
        get(
            "/api/actors/{code}",
            "actors",
            "An actor: partners, officials, mechanisms, latest records",
            List.of(path("code", "string", "actor code"), AS_OF),
            browse::actor));
    r.add(
        get(
            "/api/actors/{code}/timeline",
            "actors",
            "The records an actor is party to, by day (undated last), then id",
            List.of(path("code", "string", "actor code"), AS_OF, LIMIT, OFFSET),
            records::timeline));
    r.add(
        get(
            "/api/persons",
            "persons",
            "Officials, most roles first",
            List.of(
                query("q", "string", "name contains"),
                query("affiliation", "string", "actor code"),
                LIMIT,
                OFFSET),
            browse::persons));
    r.add(
        get(
            "/api/persons/{id}",
            "persons",
            "An official: names, roles over time, documents",
            List.of(path("id", "integer", "person id")),
            browse::person));
    // records
    r.add(
        get(
            "/api/records",
            "records",
            "Ledger records, newest first",
            List.of(
                query("type", "string", "meeting, agreement or commitment"),
                PARTY,
                FROM,
                TO,
                WORDS,
                AS_OF,
                LIMIT,
                OFFSET),
            records::records));
    r.add(
        get(
            "/api/records/{id}",
            "records",
            "A record with its sources, evidence, status history, version and audit trail",
            List.of(ID, AS_OF),
            records::record));
    r.add(
        get(
            "/api/meetings",
            "records",
            "Meetings, newest first",
            List.of(PARTY, FROM, TO, WORDS, AS_OF, LIMIT, OFFSET),
            records::meetings));
    r.add(
        get(
            "/api/agreements",
            "records",
            "Agreements, newest first",
            List.of(PARTY, FROM, TO, WORDS, AS_OF, LIMIT, OFFSET),
            records::agreements));
    r.add(
        get(
            "/api/commitments",
            "records",
            "Commitments with their status as of a day",
            List.of(
                PARTY,
                query("status", "string", "pending, fulfilled, overdue, lapsed or superseded"),
                query("due_before", "date", "due before this day"),
                query("due_after", "date", "due after this day"),
                AS_OF,
                LIMIT,
                OFFSET),
            records::commitments));
    r.add(
        get(
            "/api/mechanisms",
            "records",
            "Recurring bodies with their sessions and next expected session",
            List.of(
                query("a", "string", "with this party"),
                query("b", "string", "and this party"),
                AS_OF,
                LIMIT,
                OFFSET),
            records::mechanisms));
    r.add(
        get(
            "/api/dossier/{a}/{b}",
            "records",
            "The relationship of two actors: agreements, mechanisms, meetings, commitments by status (the latest records of each section, and counts of all), the most reported officials, topics by year",
            List.of(
                path("a", "string", "actor code"),
                path("b", "string", "actor code"),
                AS_OF,
                query("people", "integer", "officials per actor, 0–1000 (default 25)"),
                query("latest", "integer", "records listed per section, 0–500 (default 50)")),
            records::dossier));
    r.add(
        get(
            "/api/dossier/{a}/{b}/records",
            "records",
            "A page of one section of a dossier, by day (undated last), then id",
            List.of(
                path("a", "string", "actor code"),
                path("b", "string", "actor code"),
                query(
                    "section",
                    "string",
                    "agreements, meetings, pending, fulfilled, overdue, lapsed or superseded"),
                AS_OF,
                LIMIT,
                OFFSET),
            records::dossierSection));
    r.add(
        new Route(
            HandlerType.GET,
            "/api/scorecard",
            "records",
            "Compliance scorecard (G7 method): commitments due in a period, their outcomes and the mean score, of an actor, a pair, or every actor and pair",
            List.of(
                query("a", "string", "actor code"),
                query("b", "string", "second actor code (with a)"),
                FROM,
                TO,
                query("format", "string", "json (default) or csv"),
                AS_OF),
            null,
            false,
            JSON,
            records::scorecard));
    // the relationship brief and the log of past briefs
    r.addAll(BriefRoutes.of(brief));
    r.add(
        new Route(
            HandlerType.GET,
            "/api/export/{format}",
            "records",
            "The ledger as json, csv, ics or events (GDELT-like TSV)",
            List.of(path("format", "string", "json, csv, ics or events"), AS_OF),
            null,
            false,
            "text/plain",
            records::export));
    r.add(
        get(
            "/api/audit",
            "curation",
            "The audit trail, newest first",
            List.of(query("record", "integer", "of this record only"), LIMIT, OFFSET),
            records::audit));
    // curation (token)
    r.add(
        write(
            HandlerType.POST,
            "/api/records",
            "Add a record by hand",
            List.of(),
            "{by, type, parties, title, on?, due?, due_kind?, due_text?}",
            curation::add));
    r.add(
        write(
            HandlerType.PATCH,
            "/api/records/{id}",
            "Edit fields of a record; they become curated",
            List.of(ID),
            "{by, version, fields: {field: value}}",
            curation::edit));
    r.add(
        write(
            HandlerType.POST,
            "/api/records/{id}/confirm",
            "Confirm a record (also undoes a rejection)",
            List.of(ID),
            "{by, version?}",
            curation::confirm));
    r.add(
        write(
            HandlerType.POST,
            "/api/records/{id}/reject",
            "Reject a record; it stays rejected on re-ingest",
            List.of(ID),
            "{by, version?}",
            curation::reject));
    r.add(
        write(
            HandlerType.POST,
            "/api/records/{id}/fulfil",
            "Mark a commitment fulfilled",
            List.of(ID),
            "{by, version?, on?, evidence?, reason?}",
            curation::fulfil));
    // analysis
    r.add(
        new Route(
            HandlerType.POST,
            "/api/analyse",
            "analysis",
            "Run the pipeline on a text without storing it",
            List.of(),
            "{title?, text, published?}",
            false,
            JSON,
            analyse::analyse));
    // watch
    r.addAll(WatchRoutes.of(watch, feed));
    r.add(get("/openapi.json", "meta", "This OpenAPI 3 document", List.of(), this::openApi));
    this.routes = List.copyOf(r);
    this.openApi = Responses.bytes(OpenApi.document(routes));
  }

  private void openApi(Context ctx) {
    ctx.contentType("application/json; charset=utf-8").result(openApi);
  }

  /** The table, in order. */
  public List<Route> all() {
    return routes;
  }

  /** Registers every route; write routes first check the token. */
  void install(RoutesConfig config, Optional<String> token, ResponseCache cache) {
    for (Route r : routes) {
      Handler h =
          r.write()
              ? guarded(r.handler(), token)
              : r.method() == HandlerType.GET ? cache.wrap(r.handler()) : r.handler();
      config.addHttpHandler(r.method(), r.path(), h);
    }
  }

  private static Handler guarded(Handler h, Optional<String> token) {
    return ctx -> {
      check(ctx, token);
      h.handle(ctx);
    };
  }

  private static void check(Context ctx, Optional<String> token) {
    if (token.isEmpty()) {
      throw ApiException.forbidden(
          "writes are disabled: the server has no API token (start it with ENTENTE_API_TOKEN set"
              + " or --token-file)");
    }
    String auth = ctx.header("Authorization");
    String given = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).strip() : "";
    if (!MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), token.get().getBytes(StandardCharsets.UTF_8))) {
      throw ApiException.unauthorized("a valid API token is required (Authorization: Bearer …)");
    }
  }

  private static Route get(
      String path, String tag, String summary, List<Route.Param> params, Handler h) {
    return new Route(HandlerType.GET, path, tag, summary, params, null, false, JSON, h);
  }

  private static Route write(
      HandlerType m,
      String path,
      String summary,
      List<Route.Param> params,
      String body,
      Handler h) {
    return new Route(m, path, "curation", summary, params, body, true, JSON, h);
  }
}
