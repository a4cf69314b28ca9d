package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The log of past briefs over HTTP, on a real server over a copy of the test ledger: briefs logged
 * (behind the token), listed the latest first, each reopened as it was issued, untrusted text
 * escaped in a reopened brief.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefLogApiTest {

  static EntenteServer server;
  static EntenteServer readOnly;
  static Http http;

  @BeforeAll
  static void start() {
    String db = TestLedger.copy().toString();
    server = EntenteServer.start(ServerConfig.of(db, 0).withToken(Optional.of(ApiTest.TOKEN)));
    readOnly = EntenteServer.start(ServerConfig.of(db, 0));
    http = new Http(server);
  }

  @AfterAll
  static void stop() {
    server.close();
    readOnly.close();
  }

  private static JsonNode log(String body) {
    Http.Answer a = http.send("POST", "/api/briefs", body, ApiTest.TOKEN);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json();
  }

  @Test
  @Order(1)
  void briefsAreLoggedListedTheLatestFirstAndReopenedAsIssued() {
    assertThat(http.get("/api/briefs").json().get("items")).isEmpty();

    JsonNode first =
        log("{\"a\":\"MAR\",\"b\":\"EU\",\"as_of\":\"2026-01-20\",\"since\":\"2025-10-01\"}");
    assertThat(first.get("a").asText()).isEqualTo("EU");
    assertThat(first.get("b").asText()).isEqualTo("MAR");
    assertThat(first.get("asOf").asText()).isEqualTo("2026-01-20");
    assertThat(first.get("since").asText()).isEqualTo("2025-10-01");
    assertThat(first.get("records").asInt()).isPositive();
    long firstId = first.get("id").asLong();
    assertThat(first.get("href").asText()).isEqualTo("/brief/EU/MAR?brief=" + firstId);

    // No since: measured against the last brief logged, whose day it reports changes since.
    JsonNode second = log("{\"a\":\"EU\",\"b\":\"MAR\",\"as_of\":\"2026-04-01\"}");
    long secondId = second.get("id").asLong();
    assertThat(second.get("since").asText()).isEqualTo("2026-01-20");

    JsonNode pair = http.get("/api/briefs?a=MAR&b=EU").json();
    assertThat(pair.get("total").asInt()).isEqualTo(2);
    assertThat(pair.get("items").get(0).get("id").asLong()).isEqualTo(secondId);
    assertThat(pair.get("items").get(1).get("id").asLong()).isEqualTo(firstId);
    assertThat(http.get("/api/briefs?a=MAR").json().get("total").asInt()).isEqualTo(2);
    assertThat(http.get("/api/briefs?a=FRA").json().get("items")).isEmpty();
    assertThat(http.get("/api/briefs?limit=1").json().get("items").get(0).get("id").asLong())
        .isEqualTo(secondId);

    // Reopened: as of its day, its changes measured as when it was issued.
    Http.Answer again = http.get("/api/brief/EU/MAR?format=md&brief=" + secondId);
    assertThat(again.status()).as(again.body()).isEqualTo(200);
    assertThat(again.body())
        .startsWith("# Relationship brief: European Union – Morocco")
        .contains("as of 2026-04-01; changes since the last brief, as of 2026-01-20")
        .contains("## Sources");
    Http.Answer firstAgain = http.get("/api/brief/MAR/EU?format=md&brief=" + firstId);
    assertThat(firstAgain.body()).contains("as of 2026-01-20; changes since 2025-10-01");
    // the dashboard's page of the same brief
    Http.Answer page = http.get(first.get("href").asText());
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("<time class=\"as-of\" datetime=\"2026-01-20\">")
        .contains("<p class=\"meta note\">Past brief " + firstId + ", issued 20")
        .contains("<link rel=\"stylesheet\" href=\"/brief.css\">");
    assertThat(http.get("/brief/EU/MAR?as_of=2026-01-20&since=2025-10-01").body())
        .doesNotContain("meta note");
  }

  @Test
  @Order(2)
  void badRequestsAndWritesWithoutTheTokenAreRefused() {
    assertThat(http.get("/api/briefs?b=MAR").status()).isEqualTo(400);
    assertThat(http.get("/api/briefs?limit=0").status()).isEqualTo(400);
    assertThat(http.get("/brief/EU/MAR?brief=987654").status()).isEqualTo(404);
    long id = http.get("/api/briefs?a=EU&b=MAR").json().get("items").get(0).get("id").asLong();
    assertThat(http.get("/brief/FRA/DEU?brief=" + id).status()).isEqualTo(404);
    Http.Answer mixed = http.get("/brief/EU/MAR?brief=" + id + "&since=2025-01-01");
    assertThat(mixed.status()).isEqualTo(400);
    assertThat(mixed.body()).contains("brief");
    assertThat(http.get("/brief/EU/MAR?brief=x").status()).isEqualTo(400);

    String body = "{\"a\":\"EU\",\"b\":\"MAR\"}";
    assertThat(http.send("POST", "/api/briefs", body, null).status()).isEqualTo(401);
    assertThat(http.send("POST", "/api/briefs", body, "wrong").status()).isEqualTo(401);
    assertThat(new Http(readOnly).send("POST", "/api/briefs", body, ApiTest.TOKEN).status())
        .isEqualTo(403);
    Http.Answer same =
        http.send("POST", "/api/briefs", "{\"a\":\"EU\",\"b\":\"EU\"}", ApiTest.TOKEN);
    assertThat(same.status()).isEqualTo(400);
    assertThat(same.body()).contains("must differ");
    Http.Answer unknown =
        http.send("POST", "/api/briefs", "{\"a\":\"EU\",\"b\":\"XYZQ\"}", ApiTest.TOKEN);
    assertThat(unknown.status()).isEqualTo(404);
    Http.Answer late =
        http.send(
            "POST",
            "/api/briefs",
            "{\"a\":\"EU\",\"b\":\"MAR\",\"as_of\":\"2026-01-01\",\"since\":\"2026-02-01\"}",
            ApiTest.TOKEN);
    assertThat(late.status()).isEqualTo(400);
    assertThat(late.body()).contains("since");
    assertThat(http.get("/api/briefs?a=EU&b=MAR").json().get("total").asInt()).isEqualTo(2);
  }

  @Test
  @Order(3)
  void hostileTextIsEscapedInAReopenedBrief() {
    JsonNode hostile = log("{\"a\":\"FRA\",\"b\":\"DEU\",\"since\":\"2000-01-01\"}");
    assertThat(hostile.get("a").asText()).isEqualTo("DEU");
    Http.Answer page = http.get(hostile.get("href").asText());
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("&lt;script&gt;window.__xss=")
        .doesNotContain("<script", "<img", "<b>");
    Http.Answer md = http.get("/api/brief/DEU/FRA?format=md&brief=" + hostile.get("id").asLong());
    assertThat(md.body()).contains("&lt;script&gt;").doesNotContain("<script", "<img");
  }
}
