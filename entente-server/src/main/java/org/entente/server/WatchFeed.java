package org.entente.server;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;
import org.entente.store.watch.Alert;
import org.entente.store.watch.Alerts;
import org.entente.store.watch.DigestWriter;
import org.entente.store.watch.Watchlist;
import org.entente.store.watch.Watchlists;

/**
 * The Atom feed of a watchlist ({@code /feeds/watch/NAME.atom}), written with Rome: one entry per
 * alert of the period, most urgent first. An entry's id is the alert's key, so that a reader sees
 * the same alert computed again as the same entry. Each entry links to its record on the dashboard
 * (alternate), in the API (related) and to its source documents (via).
 *
 * <p>Text from documents is untrusted: titles and summaries are Atom text constructs (XML escaping
 * only), the content is HTML whose every piece of ledger text is escaped first, and characters that
 * XML 1.0 cannot carry are dropped. Thread-safe (state is the pool).
 */
final class WatchFeed {

  /** How far back a feed reaches when no {@code since} is given. */
  static final int DEFAULT_PERIOD_DAYS = 90;

  private static final Pattern HOST =
      Pattern.compile("(?:[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\])(?::\\d{1,5})?");

  /** Characters outside XML 1.0's Char production, and lone surrogates. */
  private static final Pattern NOT_XML =
      Pattern.compile(
          "[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])");

  private final LedgerPool pool;

  WatchFeed(LedgerPool pool) {
    this.pool = pool;
  }

  void feed(Context ctx) {
    Params p = Params.of(ctx);
    WatchApi.Period period = WatchApi.Period.of(p, DEFAULT_PERIOD_DAYS);
    String name = WatchApi.name(ctx);
    String base = base(ctx);
    String xml =
        pool.read(
            l -> {
              Watchlist w = new Watchlists(l).find(name).orElseThrow(() -> WatchApi.missing(name));
              return write(atom(w, Alerts.find(l, w, period.since(), period.asOf()), period, base));
            });
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  /** The feed of {@code alerts}; links are absolute under {@code base} (no trailing slash). */
  static Feed atom(Watchlist w, List<Alert> alerts, WatchApi.Period period, String base) {
    Feed f = new Feed("atom_1.0");
    f.setId("urn:entente:watch:" + w.name());
    f.setTitleEx(text("Entente watch " + w.name()));
    f.setSubtitle(
        text(
            "Alerts of "
                + period.since().plusDays(1)
                + " to "
                + period.asOf()
                + " on "
                + following(w)));
    f.setUpdated(date(period.asOf()));
    f.setAlternateLinks(List.of(link("alternate", base + "/#/watch/" + w.name(), "text/html")));
    f.setOtherLinks(
        List.of(link("self", base + WatchViews.feed(w.name()), "application/atom+xml")));
    Person author = new Person();
    author.setName("Entente");
    f.setAuthors(List.<SyndPerson>of(author));
    List<Entry> entries = new ArrayList<>();
    for (Alert a : alerts) {
      entries.add(entry(w, a, period, base));
    }
    f.setEntries(entries);
    return f;
  }

  private static Entry entry(Watchlist w, Alert a, WatchApi.Period period, String base) {
    Entry e = new Entry();
    e.setId("urn:entente:watch:" + w.name() + ":" + a.key());
    e.setTitleEx(text(a.kind().label() + ": " + a.title() + " (" + a.relationship() + ")"));
    e.setUpdated(date(noticed(w, a, period.asOf())));
    e.setSummary(text(a.summary()));
    Content html = new Content();
    html.setType(Content.HTML);
    html.setValue(clean(content(a, base)));
    e.setContents(List.of(html));
    List<Link> alternate = new ArrayList<>();
    List<Link> other = new ArrayList<>();
    if (a.recordId() != null) {
      alternate.add(link("alternate", base + WatchViews.recordPage(a.recordId()), "text/html"));
      other.add(link("related", base + WatchViews.recordApi(a.recordId()), "application/json"));
    } else {
      alternate.add(link("alternate", base + "/#/watch/" + w.name(), "text/html"));
    }
    for (Alert.Evidence ev : a.evidence()) {
      Link via =
          link("via", base + WatchViews.documentPage(ev.docId(), ev.recordId()), "text/html");
      via.setTitle(clean(ev.name()));
      other.add(via);
    }
    e.setAlternateLinks(alternate);
    e.setOtherLinks(other);
    return e;
  }

  /**
   * The day a reader is told of an alert: the day it happened, or for a coming day (a deadline, an
   * expected session) the day it entered the watchlist's window; never after the "as of" day.
   */
  static LocalDate noticed(Watchlist w, Alert a, LocalDate asOf) {
    if (a.on() == null) {
      return asOf;
    }
    LocalDate d = a.on().isAfter(asOf) ? a.on().minusDays(w.dueWithinDays()) : a.on();
    return d.isAfter(asOf) ? asOf : d;
  }

  /** The HTML of an entry: the summary and up to three evidence sentences, each escaped. */
  private static String content(Alert a, String base) {
    StringBuilder sb = new StringBuilder();
    sb.append("<p>").append(DigestWriter.esc(a.summary())).append("</p>");
    int n = 0;
    for (Alert.Evidence ev : a.evidence()) {
      for (String t : ev.texts()) {
        if (n++ < 3) {
          sb.append("<blockquote>")
              .append(DigestWriter.esc(t))
              .append(" — <a href=\"")
              .append(DigestWriter.esc(base + WatchViews.documentPage(ev.docId(), ev.recordId())))
              .append("\">")
              .append(DigestWriter.esc(ev.name()))
              .append("</a>")
              .append(ev.published() == null ? "" : ", " + ev.published())
              .append("</blockquote>");
        }
      }
    }
    return sb.toString();
  }

  private static String following(Watchlist w) {
    List<String> parts = new ArrayList<>();
    w.pairs().forEach(p -> parts.add(p.label()));
    w.actors().forEach(a -> parts.add(a + " and its partners"));
    return String.join(", ", parts);
  }

  static String write(Feed f) {
    try {
      return new WireFeedOutput().outputString(f);
    } catch (FeedException e) {
      throw new IllegalStateException("feed of " + f.getId() + " not written", e);
    }
  }

  /**
   * The server's address as the client named it, e.g. {@code http://127.0.0.1:7070}; a Host header
   * that is not a plain host and port gives way to the address the request came in on.
   */
  static String base(Context ctx) {
    String host = ctx.host();
    if (host == null || !HOST.matcher(host).matches()) {
      String local = ctx.req().getLocalAddr();
      host = (local.contains(":") ? "[" + local + "]" : local) + ":" + ctx.req().getLocalPort();
    }
    return ("https".equals(ctx.scheme()) ? "https" : "http") + "://" + host;
  }

  private static Content text(String s) {
    Content c = new Content();
    c.setType(Content.TEXT);
    c.setValue(clean(s));
    return c;
  }

  private static Link link(String rel, String href, String type) {
    Link l = new Link();
    l.setRel(rel);
    l.setHref(href);
    l.setType(type);
    return l;
  }

  /** The text with the characters XML 1.0 cannot hold removed. */
  static String clean(String s) {
    return s == null ? "" : NOT_XML.matcher(s).replaceAll("");
  }

  private static Date date(LocalDate d) {
    return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
  }
}
