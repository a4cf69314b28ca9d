package org.entente.server;

import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.entente.store.Ledger;
import org.entente.store.Listings;
import org.entente.store.Queries;
import org.entente.store.RecordPages;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.export.Exporter;

/**
 * Reads of ledger records: records by type, one record with its evidence and audit trail,
 * commitments by status and deadline, mechanisms, the dossier of two actors, exports and the audit
 * log. Thread-safe (state is the pool).
 */
final class RecordApi {

  static final Set<String> TYPES = Set.of("meeting", "agreement", "commitment");
  static final Set<String> STATUSES =
      Set.of("pending", "fulfilled", "overdue", "lapsed", "superseded");
  static final Set<String> FORMATS = Set.of("json", "csv", "ics", "events");

  private final LedgerPool pool;

  RecordApi(LedgerPool pool) {
    this.pool = pool;
  }

  void records(Context ctx) {
    Params p = Params.of(ctx);
    list(ctx, p, p.oneOf("type", TYPES));
  }

  void meetings(Context ctx) {
    list(ctx, Params.of(ctx), "meeting");
  }

  void agreements(Context ctx) {
    list(ctx, Params.of(ctx), "agreement");
  }

  private void list(Context ctx, Params p, String type) {
    String party = p.code("party");
    LocalDate from = p.date("from");
    LocalDate to = p.date("to");
    LocalDate asOf = p.asOf();
    String q = p.string("q");
    int limit = p.limit(50);
    int offset = p.offset();
    p.check();
    Listings.RecordFilter f = new Listings.RecordFilter(type, party, from, to, asOf, q);
    Responses.json(ctx, pool.read(l -> new Listings(l).records(f, limit, offset)));
  }

  void record(Context ctx) {
    Params p = Params.of(ctx);
    long id = p.pathId("id");
    LocalDate asOf = p.asOf();
    p.check();
    Map<String, Object> out = new LinkedHashMap<>();
    pool.read(
        l -> {
          Views.LedgerRecord r =
              l.queries()
                  .record(id, asOf)
                  .orElseThrow(() -> ApiException.notFound("no record " + id));
          out.put("record", r);
          out.put("version", new Listings(l).version(id));
          out.put("audit", l.curation().audit(id));
          return null;
        });
    Responses.json(ctx, out);
  }

  void commitments(Context ctx) {
    Params p = Params.of(ctx);
    String party = p.code("party");
    String status = p.oneOf("status", STATUSES);
    LocalDate before = p.date("due_before");
    LocalDate after = p.date("due_after");
    LocalDate asOf = p.asOf();
    int limit = p.limit(50);
    int offset = p.offset();
    p.check();
    Queries.CommitmentFilter f =
        new Queries.CommitmentFilter(
            party, status == null ? null : CommitmentStatus.ofLabel(status), before, after, asOf);
    Responses.json(ctx, pool.read(l -> new RecordPages(l).commitments(f, limit, offset)));
  }

  void mechanisms(Context ctx) {
    Params p = Params.of(ctx);
    String a = p.code("a");
    String b = p.code("b");
    LocalDate asOf = p.asOf();
    int limit = p.limit(50);
    int offset = p.offset();
    p.check();
    Responses.json(ctx, page(pool.read(l -> l.queries().mechanisms(a, b, asOf)), limit, offset));
  }

  void dossier(Context ctx) {
    Params p = Params.of(ctx);
    String a = p.pathCode("a");
    String b = p.pathCode("b");
    LocalDate asOf = p.asOf();
    int people = p.integer("people", 25, 0, 1000);
    int latest = p.integer("latest", DOSSIER_LATEST, 0, Params.MAX_LIMIT);
    pairView(ctx, p, a, b, l -> new RecordPages(l).dossier(a, b, asOf, people, latest));
  }

  /** Answers with {@code view} of the pair once both actors are known and differ. */
  private void pairView(Context ctx, Params p, String a, String b, Function<Ledger, ?> view) {
    if (a != null && a.equals(b)) {
      p.problem("b", "must differ from a");
    }
    p.check();
    Responses.json(
        ctx,
        pool.read(
            l -> {
              BrowseApi.requireActor(l, a);
              BrowseApi.requireActor(l, b);
              return view.apply(l);
            }));
  }

  /** Records per section a dossier lists by default (the latest; counts tell the rest). */
  static final int DOSSIER_LATEST = 50;

  /** A page of one section of a dossier, in the dossier's order (by day, then id). */
  void dossierSection(Context ctx) {
    Params p = Params.of(ctx);
    String a = p.pathCode("a");
    String b = p.pathCode("b");
    String section = p.oneOf("section", Set.copyOf(RecordPages.SECTIONS));
    LocalDate asOf = p.asOf();
    int limit = p.limit(50);
    int offset = p.offset();
    if (section == null && p.string("section") == null) {
      p.problem("section", "required: one of " + RecordPages.SECTIONS);
    }
    pairView(ctx, p, a, b, l -> new RecordPages(l).section(a, b, asOf, section, limit, offset));
  }

  /** A page of an actor's timeline: the records it is party to, by day (undated last), then id. */
  void timeline(Context ctx) {
    Params p = Params.of(ctx);
    String code = p.pathCode("code");
    LocalDate asOf = p.asOf();
    int limit = p.limit(50);
    int offset = p.offset();
    p.check();
    Responses.json(
        ctx,
        pool.read(
            l -> {
              BrowseApi.requireActor(l, code);
              return new RecordPages(l).timeline(code, asOf, limit, offset);
            }));
  }

  void scorecard(Context ctx) {
    Params p = Params.of(ctx);
    String a = p.code("a");
    String b = p.code("b");
    LocalDate to = p.date("to");
    LocalDate from = p.date("from");
    String format = p.oneOf("format", Set.of("json", "csv"));
    if (b != null && a == null) {
      p.problem("b", "needs a");
    }
    LocalDate end = to == null ? p.asOf() : to;
    LocalDate start = from == null ? end.minusYears(1) : from;
    if (start.isAfter(end)) {
      p.problem("from", "after to");
    }
    p.check();
    List<org.entente.store.scorecard.Scorecard> cards =
        pool.read(
            l -> {
              if (a != null) {
                BrowseApi.requireActor(l, a);
              }
              if (b != null) {
                BrowseApi.requireActor(l, b);
              }
              org.entente.store.scorecard.Scorecards s =
                  new org.entente.store.scorecard.Scorecards(l);
              return a == null ? s.all(start, end) : List.of(s.of(a, b, start, end));
            });
    if ("csv".equals(format)) {
      StringWriter w = new StringWriter();
      try {
        org.entente.store.scorecard.ScorecardCsv.write(cards, w);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      ctx.contentType("text/csv; charset=utf-8").result(w.toString());
      return;
    }
    Responses.json(ctx, cards);
  }

  void export(Context ctx) {
    Params p = Params.of(ctx);
    String format = ctx.pathParam("format");
    if (!FORMATS.contains(format)) {
      p.problem("format", "must be one of " + new java.util.TreeSet<>(FORMATS));
    }
    LocalDate asOf = p.asOf();
    p.check();
    String body =
        pool.read(
            l -> {
              StringWriter w = new StringWriter();
              try {
                Exporter.write(l, format, asOf, w);
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
              return w.toString();
            });
    String type =
        switch (format) {
          case "json" -> "application/json; charset=utf-8";
          case "csv" -> "text/csv; charset=utf-8";
          case "ics" -> "text/calendar; charset=utf-8";
          default -> "text/tab-separated-values; charset=utf-8";
        };
    String ext = format.equals("events") ? "tsv" : format;
    ctx.contentType(type)
        .header("Content-Disposition", "attachment; filename=\"entente-" + asOf + "." + ext + "\"")
        .result(body);
  }

  void audit(Context ctx) {
    Params p = Params.of(ctx);
    String r = p.string("record");
    Long record = null;
    if (r != null) {
      try {
        record = Long.parseLong(r);
      } catch (NumberFormatException e) {
        p.problem("record", "not an id");
      }
    }
    int limit = p.limit(100);
    int offset = p.offset();
    p.check();
    Long rec = record;
    List<org.entente.store.Curation.AuditEntry> all =
        new java.util.ArrayList<>(pool.read(l -> l.curation().audit(rec)));
    java.util.Collections.reverse(all);
    Responses.json(ctx, page(all, limit, offset));
  }

  static <T> Listings.Page<T> page(List<T> all, int limit, int offset) {
    int from = Math.min(offset, all.size());
    int to = Math.min(all.size(), from + limit);
    return new Listings.Page<>(List.copyOf(all.subList(from, to)), all.size(), limit, offset);
  }
}
