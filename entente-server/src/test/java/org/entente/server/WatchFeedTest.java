package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.entente.store.watch.Alert;
import org.entente.store.watch.AlertKind;
import org.entente.store.watch.Watchlist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

/**
 * The Atom feed of a watchlist, served by a real server over a real SQLite ledger, read back with
 * Rome; every link of every entry is followed.
 */
class WatchFeedTest {

  static EntenteServer server;
  static Http http;

  @BeforeAll
  static void start() {
    server = EntenteServer.start(ServerConfig.of(TestLedger.db().toString(), 0));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Feed parse(String xml) throws Exception {
    return (Feed) new WireFeedInput().build(new InputSource(new StringReader(xml)));
  }

  @Test
  void feedParsesBackWithRomeAndEveryEntryLinksToARecordThatExists() throws Exception {
    String period = "?since=2025-10-01&as_of=2026-07-01";
    Http.Answer a = http.get("/feeds/watch/morocco.atom" + period);
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.header("Content-Type")).startsWith("application/atom+xml");
    SyndFeed synd = new SyndFeedInput().build(new InputSource(new StringReader(a.body())));
    assertThat(synd.getFeedType()).isEqualTo("atom_1.0");
    Feed feed = parse(a.body());
    int alerts = http.get("/api/watchlists/morocco/alerts" + period).json().get("total").asInt();
    assertThat(feed.getEntries()).hasSize(alerts).hasSizeGreaterThan(3);
    assertThat(feed.getOtherLinks().get(0).getHref()).endsWith("/feeds/watch/morocco.atom");
    Set<String> ids = new java.util.HashSet<>();
    int related = 0;
    for (Entry e : feed.getEntries()) {
      assertThat(ids.add(e.getId())).as("unique id " + e.getId()).isTrue();
      assertThat(e.getUpdated()).isNotNull();
      assertThat(e.getTitleEx().getValue()).isNotBlank();
      List<Link> links = new ArrayList<>(e.getAlternateLinks());
      links.addAll(e.getOtherLinks());
      for (Link l : links) {
        String path = l.getHref().substring(l.getHref().indexOf('/', 8));
        Http.Answer followed = http.get(path.replaceFirst("#.*", ""));
        assertThat(followed.status()).as(l.getRel() + " " + l.getHref()).isEqualTo(200);
        if ("related".equals(l.getRel())) {
          String alternate = e.getAlternateLinks().get(0).getHref();
          long id = followed.json().get("record").get("id").asLong();
          assertThat(alternate).endsWith("/#/record/" + id);
          related++;
        }
      }
    }
    assertThat(related).isPositive();
    // the same alerts computed again are the same entries
    List<String> again = new ArrayList<>();
    parse(http.get("/feeds/watch/morocco.atom" + period).body())
        .getEntries()
        .forEach(e -> again.add(e.getId()));
    assertThat(again).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void feedOfTheDefaultPeriodIsValidAndUnknownOnesAreErrors() throws Exception {
    Http.Answer a = http.get("/feeds/watch/franco-german.atom");
    assertThat(a.status()).isEqualTo(200);
    assertThat(parse(a.body()).getId()).isEqualTo("urn:entente:watch:franco-german");
    assertThat(http.get("/feeds/watch/nobody.atom").status()).isEqualTo(404);
    assertThat(http.get("/feeds/watch/morocco.atom?since=someday").status()).isEqualTo(400);
  }

  @Test
  void escapesHostileDocumentTextInTheFeed() throws Exception {
    Http.Answer a = http.get("/feeds/watch/franco-german.atom?since=2026-01-01&as_of=2026-04-01");
    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body()).doesNotContain("<script", "<img", "<b>", "<a href=\"javascript");
    Feed feed = parse(a.body());
    StringBuilder html = new StringBuilder();
    for (Entry e : feed.getEntries()) {
      for (Content c : e.getContents()) {
        assertThat(c.getType()).isEqualTo("html");
        html.append(c.getValue());
      }
    }
    // the document's markup reaches a reader as text: escaped once more inside the HTML content
    assertThat(html.toString())
        .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;France and Germany &lt;img")
        .contains("&lt;a href=&quot;javascript")
        .doesNotContain("<script", "<img", "<b>");
  }

  @Test
  void dropsCharactersXmlCannotCarry() throws Exception {
    Watchlist w =
        new Watchlist(
            "control", List.of(), List.of(Watchlist.Pair.parse("EU/MAR")), List.of(), Set.of(), 30);
    String nasty = "talks\u0000 on \u0007ports \uD800& <b>tariffs</b>";
    Alert alert =
        new Alert(
            AlertKind.NEW_MEETING,
            LocalDate.of(2026, 3, 1),
            "EU–MAR",
            7L,
            "meeting",
            nasty,
            nasty,
            -3L,
            List.of(
                new Alert.Evidence(
                    7L, "doc\u0001", nasty, LocalDate.of(2026, 3, 1), List.of(nasty))),
            null,
            null);
    String xml =
        WatchFeed.write(
            WatchFeed.atom(
                w,
                List.of(alert),
                new WatchApi.Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 4)),
                "http://127.0.0.1:1"));
    Entry e = parse(xml).getEntries().get(0);
    assertThat(e.getTitleEx().getValue())
        .isEqualTo("new meeting: talks on ports & <b>tariffs</b> (EU–MAR)");
    assertThat(e.getContents().get(0).getValue()).contains("&lt;b&gt;tariffs&lt;/b&gt;");
  }
}
