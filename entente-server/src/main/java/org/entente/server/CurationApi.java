package org.entente.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.store.Curation;
import org.entente.store.Ledger;
import org.entente.store.Listings;
import org.entente.store.Views;
import org.entente.store.commitments.CommitmentStatus;

/**
 * Curation writes: confirm, reject, edit, add, mark fulfilled. Each answers the record as it now
 * stands with its new version. A write that names a {@code version} other than the record's current
 * one is a 409 (someone changed it meanwhile), and so is editing, fulfilling or rejecting again a
 * rejected record (confirm it first). The API token is checked by {@link Routes} before a handler
 * here runs. Thread-safe (state is the pool).
 */
final class CurationApi {

  private final LedgerPool pool;
  private final long maxBody;

  CurationApi(LedgerPool pool, long maxBody) {
    this.pool = pool;
    this.maxBody = maxBody;
  }

  void confirm(Context ctx) {
    change(ctx, "confirm");
  }

  void reject(Context ctx) {
    change(ctx, "reject");
  }

  void edit(Context ctx) {
    change(ctx, "edit");
  }

  void fulfil(Context ctx) {
    change(ctx, "fulfil");
  }

  private void change(Context ctx, String action) {
    Params p = Params.of(ctx);
    long id = p.pathId("id");
    p.check();
    Bodies b = Bodies.read(ctx, maxBody);
    String by = b.required("by", 100);
    Long version = b.number("version");
    Map<String, String> fields = action.equals("edit") ? b.stringMap("fields") : null;
    LocalDate on = action.equals("fulfil") ? b.date("on") : null;
    Long evidence = action.equals("fulfil") ? b.number("evidence") : null;
    String reason = action.equals("fulfil") ? b.string("reason", 500) : null;
    if (action.equals("edit")) {
      if (version == null) {
        b.problem("version", "required for an edit (the version you read)");
      }
      if (fields == null || fields.isEmpty()) {
        b.problem("fields", "required: an object of field → new value");
      } else {
        for (String f : fields.keySet()) {
          if (!Curation.EDITABLE.contains(f)) {
            b.problem(
                "fields." + f,
                "not editable; editable: " + new java.util.TreeSet<>(Curation.EDITABLE));
          }
        }
      }
    }
    b.check();
    Map<String, Object> out =
        pool.write(
            l -> {
              guard(l, id, version, action);
              try {
                switch (action) {
                  case "confirm" -> l.curation().confirm(id, by);
                  case "reject" -> l.curation().reject(id, by);
                  case "edit" -> l.curation().edit(id, fields, by);
                  default ->
                      l.curation()
                          .markFulfilled(
                              id,
                              evidence,
                              on == null ? LocalDate.now(ZoneOffset.UTC) : on,
                              reason,
                              by);
                }
              } catch (IllegalArgumentException e) {
                throw ApiException.badRequest(
                    action.equals("edit") ? "fields" : "body", e.getMessage());
              }
              return current(l, id);
            });
    Responses.json(ctx, out);
  }

  void add(Context ctx) {
    Bodies b = Bodies.read(ctx, maxBody);
    String by = b.required("by", 100);
    String type = b.required("type", 20);
    if (type != null && !RecordApi.TYPES.contains(type)) {
      b.problem("type", "must be one of " + new java.util.TreeSet<>(RecordApi.TYPES));
    }
    String title = b.required("title", 500);
    List<String> parties = parties(b);
    LocalDate on = b.date("on");
    String dueText = b.string("due_text", 200);
    String dueRaw = b.string("due", 10);
    PartialDate due = null;
    if (dueRaw != null) {
      try {
        due = PartialDate.parse(dueRaw);
      } catch (IllegalArgumentException e) {
        b.problem("due", "not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
      }
    }
    String kindRaw = b.string("due_kind", 10);
    Deadline.Kind kind = null;
    if (kindRaw != null) {
      try {
        kind = Deadline.Kind.valueOf(kindRaw.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        b.problem("due_kind", "must be EXACT, LATEST or VAGUE");
      }
    }
    b.check();
    PartialDate d = due;
    Deadline.Kind k = kind;
    Map<String, Object> out =
        pool.write(
            l -> {
              long id;
              try {
                id = l.curation().add(type, parties, title, on, d, k, dueText, by);
              } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("body", e.getMessage());
              }
              return current(l, id);
            });
    Responses.json(ctx, 201, out);
  }

  private static List<String> parties(Bodies b) {
    com.fasterxml.jackson.databind.JsonNode n = b.root().get("parties");
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(x -> out.add(x.asText().strip()));
    } else if (n != null && n.isTextual()) {
      for (String s : n.asText().split(",")) {
        out.add(s.strip());
      }
    }
    out.removeIf(String::isEmpty);
    if (out.isEmpty()) {
      b.problem("parties", "at least one actor code");
    } else if (out.stream().anyMatch(s -> !s.matches("[A-Za-z0-9_.-]{1,40}"))) {
      b.problem("parties", "actor codes only (letters, digits, _.-)");
    }
    return out;
  }

  private static void guard(Ledger l, long id, Long version, String action) {
    Listings li = new Listings(l);
    String review = li.review(id).orElseThrow(() -> ApiException.notFound("no record " + id));
    long current = li.version(id);
    if (version != null && version != current) {
      throw ApiException.conflict(
          "record "
              + id
              + " changed since you read it (your version "
              + version
              + ", now "
              + current
              + "); reload and try again");
    }
    if ("rejected".equals(review) && !action.equals("confirm")) {
      throw ApiException.conflict(
          "record " + id + " is rejected; confirm it first to " + action + " it");
    }
    if (action.equals("fulfil")) {
      Views.LedgerRecord r = l.queries().record(id, LocalDate.now(ZoneOffset.UTC)).orElseThrow();
      if (!"commitment".equals(r.type())) {
        throw ApiException.badRequest(
            "id", "record " + id + " is a " + r.type() + ", not a commitment");
      }
      if (r.commitmentStatus() == CommitmentStatus.FULFILLED) {
        throw ApiException.conflict("commitment " + id + " is already fulfilled");
      }
    }
  }

  private static Map<String, Object> current(Ledger l, long id) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("record", l.queries().record(id, LocalDate.now(ZoneOffset.UTC)).orElseThrow());
    out.put("version", new Listings(l).version(id));
    out.put("audit", l.curation().audit(id));
    return out;
  }
}
