package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Watchlists and their alerts over the API: a real server on a free port, a real SQLite ledger. */
class WatchApiTest {

  static EntenteServer server;
  static EntenteServer readOnly;
  static Http http;
  static Http http2;

  @BeforeAll
  static void start() {
    String db = TestLedger.db().toString();
    server = EntenteServer.start(ServerConfig.of(db, 0).withToken(Optional.of(ApiTest.TOKEN)));
    readOnly = EntenteServer.start(ServerConfig.of(db, 0));
    http = new Http(server);
    http2 = new Http(readOnly);
  }

  @AfterAll
  static void stop() {
    server.close();
    readOnly.close();
  }

  @Test
  void listsAndReadsWatchlistsWithTheirLinks() {
    JsonNode all = http.get("/api/watchlists").json();
    List<String> names = new ArrayList<>();
    all.get("items").forEach(w -> names.add(w.get("name").asText()));
    assertThat(names).contains("morocco", "franco-german");
    assertThat(names).isSorted();
    JsonNode w = http.get("/api/watchlists/morocco").json();
    assertThat(w.get("pairs").toString()).isEqualTo("[\"EU/MAR\",\"FRA/MAR\"]");
    assertThat(w.get("dueDays").asInt()).isEqualTo(30);
    assertThat(w.get("kinds").toString()).contains("overdue", "due_soon", "new_meeting");
    assertThat(w.get("links").get("feed").asText()).isEqualTo("/feeds/watch/morocco.atom");
    assertThat(http.get(w.get("links").get("alerts").asText()).status()).isEqualTo(200);
    Http.Answer missing = http.get("/api/watchlists/nobody");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("message").asText()).contains("nobody");
    Http.Answer bad = http.get("/api/watchlists/a%20b");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("fields").has("name")).isTrue();
  }

  @Test
  void createsAndRemovesWatchlistsWithTheTokenOnly() {
    String body =
        "{\"name\":\"api-test-sahel\",\"actors\":\"mli\",\"pairs\":[\"EU/MAR\"],"
            + "\"kinds\":[\"overdue\",\"due-soon\"],\"due_days\":14}";
    assertThat(http.send("POST", "/api/watchlists", body, null).status()).isEqualTo(401);
    assertThat(http.send("POST", "/api/watchlists", body, "wrong-token-0123456789").status())
        .isEqualTo(401);
    assertThat(http2.send("POST", "/api/watchlists", body, ApiTest.TOKEN).status()).isEqualTo(403);
    Http.Answer made = http.send("POST", "/api/watchlists", body, ApiTest.TOKEN);
    assertThat(made.status()).as(made.body()).isEqualTo(201);
    assertThat(made.json().get("actors").toString()).isEqualTo("[\"MLI\"]");
    assertThat(made.json().get("kinds").toString()).isEqualTo("[\"overdue\",\"due_soon\"]");
    assertThat(made.json().get("unknownActors").toString()).contains("MLI");
    assertThat(http.get("/api/watchlists/api-test-sahel").json().get("dueDays").asInt())
        .isEqualTo(14);
    assertThat(http.send("POST", "/api/watchlists", body, ApiTest.TOKEN).status()).isEqualTo(409);
    assertThat(http.send("DELETE", "/api/watchlists/api-test-sahel", "", null).status())
        .isEqualTo(401);
    Http.Answer gone = http.send("DELETE", "/api/watchlists/api-test-sahel", "", ApiTest.TOKEN);
    assertThat(gone.status()).as(gone.body()).isEqualTo(200);
    assertThat(http.get("/api/watchlists/api-test-sahel").status()).isEqualTo(404);
    assertThat(http.send("DELETE", "/api/watchlists/api-test-sahel", "", ApiTest.TOKEN).status())
        .isEqualTo(404);
  }

  @Test
  void refusesABadWatchlistWithEveryProblemByField() {
    Http.Answer a =
        http.send(
            "POST",
            "/api/watchlists",
            "{\"pairs\":[\"EUMAR\"],\"kinds\":[\"gossip\"],\"due_days\":0}",
            ApiTest.TOKEN);
    assertThat(a.status()).isEqualTo(400);
    JsonNode fields = a.json().get("fields");
    assertThat(fields.has("name") && fields.has("pairs") && fields.has("kinds")).isTrue();
    assertThat(fields.has("due_days")).isTrue();
    assertThat(fields.get("kinds").asText()).contains("due_soon");
    Http.Answer nothing =
        http.send("POST", "/api/watchlists", "{\"name\":\"empty-watch\"}", ApiTest.TOKEN);
    assertThat(nothing.status()).isEqualTo(400);
    assertThat(nothing.json().get("fields").get("body").asText()).contains("at least one");
    Http.Answer name =
        http.send(
            "POST", "/api/watchlists", "{\"name\":\"a b\",\"pairs\":\"EU/MAR\"}", ApiTest.TOKEN);
    assertThat(name.json().get("fields").has("name")).isTrue();
  }

  /** Alerts of the fixture's migration dialogue (due 15 March 2026) as of two days. */
  @Test
  void alertsADeadlineAsDueSoonThenAsOverdue() {
    JsonNode before =
        http.get("/api/watchlists/morocco/alerts?since=2026-02-01&as_of=2026-03-05").json();
    assertThat(before.get("asOf").asText()).isEqualTo("2026-03-05");
    JsonNode soon = find(before, "launch a dialogue on migration");
    assertThat(soon.get("kind").asText()).isEqualTo("due_soon");
    assertThat(soon.get("days").asInt()).isEqualTo(10);
    assertThat(soon.get("relationship").asText()).isEqualTo("EU–MAR");
    JsonNode after =
        http.get("/api/watchlists/morocco/alerts?since=2026-03-05&as_of=2026-04-01").json();
    JsonNode overdue = find(after, "launch a dialogue on migration");
    assertThat(overdue.get("kind").asText()).isEqualTo("overdue");
    assertThat(after.get("groups").get(0).get("alerts").get(0).get("kind").asText())
        .as("most urgent first")
        .isEqualTo("overdue");
  }

  @Test
  void everyAlertLinksToARecordAndDocumentsThatExist() {
    JsonNode d =
        http.get("/api/watchlists/morocco/alerts?since=2025-10-01&as_of=2026-07-01").json();
    assertThat(d.get("total").asInt()).isGreaterThan(3);
    int records = 0;
    int documents = 0;
    for (JsonNode g : d.get("groups")) {
      for (JsonNode a : g.get("alerts")) {
        if (a.get("recordId").isNull()) {
          continue;
        }
        Http.Answer r = http.get(a.get("links").get("record").asText());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("record").get("id").asLong()).isEqualTo(a.get("recordId").asLong());
        assertThat(a.get("links").get("page").asText()).endsWith("#/record/" + a.get("recordId"));
        records++;
        for (JsonNode e : a.get("evidence")) {
          Http.Answer doc = http.get(e.get("links").get("document").asText());
          assertThat(doc.status()).isEqualTo(200);
          assertThat(doc.json().get("id").asText()).isEqualTo(e.get("docId").asText());
          documents++;
        }
      }
    }
    assertThat(records).isPositive();
    assertThat(documents).isPositive();
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    Http.Answer a = http.get("/api/watchlists/morocco/alerts?since=2026-05-01&as_of=2026-04-01");
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("fields").get("since").asText()).contains("2026-04-01");
    assertThat(
            http.get("/api/watchlists/morocco/alerts?as_of=yesterday")
                .json()
                .get("fields")
                .has("as_of"))
        .isTrue();
    assertThat(http.get("/api/watchlists/nobody/alerts").status()).isEqualTo(404);
  }

  private static JsonNode find(JsonNode digest, String title) {
    for (JsonNode g : digest.get("groups")) {
      for (JsonNode a : g.get("alerts")) {
        if (a.get("title").asText().equals(title)) {
          return a;
        }
      }
    }
    throw new AssertionError("no alert on «" + title + "» in " + digest);
  }
}
