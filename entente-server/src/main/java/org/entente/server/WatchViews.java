package org.entente.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.store.watch.Alert;
import org.entente.store.watch.AlertKind;
import org.entente.store.watch.Digest;
import org.entente.store.watch.Watchlist;

/**
 * How watchlists and alerts read in JSON: plain maps with the links a client follows — the record
 * in the API ({@code /api/records/ID}) and on the dashboard ({@code /#/record/ID}), and each source
 * document. Links are relative to the server's root. Stateless.
 */
final class WatchViews {

  private WatchViews() {}

  /** The API address of a record. */
  static String recordApi(long id) {
    return "/api/records/" + id;
  }

  /** The dashboard address of a record. */
  static String recordPage(long id) {
    return "/#/record/" + id;
  }

  /** The dashboard address of a document, highlighting a record. */
  static String documentPage(String docId, long recordId) {
    return "/#/document/" + segment(docId) + "?record=" + recordId;
  }

  static String feed(String name) {
    return "/feeds/watch/" + name + ".atom";
  }

  static Map<String, Object> watchlist(Watchlist w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", w.name());
    m.put("actors", w.actors());
    List<String> pairs = new ArrayList<>();
    w.pairs().forEach(p -> pairs.add(p.toString()));
    m.put("pairs", pairs);
    m.put("topics", w.topics());
    List<String> kinds = new ArrayList<>();
    for (AlertKind k : w.kindsInOrder()) {
      kinds.add(k.code());
    }
    m.put("kinds", kinds);
    m.put("dueDays", w.dueWithinDays());
    m.put(
        "links",
        Map.of(
            "self", "/api/watchlists/" + w.name(),
            "alerts", "/api/watchlists/" + w.name() + "/alerts",
            "feed", feed(w.name()),
            "page", "/#/watch/" + w.name()));
    return m;
  }

  static Map<String, Object> digest(Digest d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("watchlist", d.watchlist());
    m.put("since", d.since());
    m.put("asOf", d.asOf());
    m.put("total", d.size());
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Digest.Group g : d.groups()) {
      List<Map<String, Object>> alerts = new ArrayList<>();
      g.alerts().forEach(a -> alerts.add(alert(a)));
      Map<String, Object> gm = new LinkedHashMap<>();
      gm.put("relationship", g.relationship());
      gm.put("alerts", alerts);
      groups.add(gm);
    }
    m.put("groups", groups);
    return m;
  }

  static Map<String, Object> alert(Alert a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", a.key());
    m.put("kind", a.kind().code());
    m.put("label", a.kind().label());
    m.put("on", a.on());
    m.put("days", a.days());
    m.put("relationship", a.relationship());
    m.put("recordId", a.recordId());
    m.put("recordType", a.recordType());
    m.put("title", a.title());
    m.put("summary", a.summary());
    m.put("relatedRecordId", a.relatedRecordId());
    m.put("mechanismId", a.mechanismId());
    List<Map<String, Object>> evidence = new ArrayList<>();
    for (Alert.Evidence e : a.evidence()) {
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("recordId", e.recordId());
      em.put("docId", e.docId());
      em.put("name", e.name());
      em.put("published", e.published());
      em.put("texts", e.texts());
      em.put(
          "links",
          Map.of(
              "document",
              "/api/documents/" + segment(e.docId()),
              "page",
              documentPage(e.docId(), e.recordId())));
      evidence.add(em);
    }
    m.put("evidence", evidence);
    Map<String, Object> links = new LinkedHashMap<>();
    if (a.recordId() != null) {
      links.put("record", recordApi(a.recordId()));
      links.put("page", recordPage(a.recordId()));
    }
    if (a.relatedRecordId() != null) {
      links.put("related", recordApi(a.relatedRecordId()));
      links.put("relatedPage", recordPage(a.relatedRecordId()));
    }
    m.put("links", links);
    return m;
  }

  /** A path segment, percent-encoded (document ids may hold any character). */
  static String segment(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
