package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API against a real server on a free port, over a ledger filled by the pipeline. */
class ApiTest {

  static final String TOKEN = "test-token-0123456789abcdef";

  static EntenteServer server;
  static EntenteServer readOnly;
  static Http http;
  static Http http2;

  @BeforeAll
  static void start() {
    String db = TestLedger.db().toString();
    server =
        EntenteServer.start(
            ServerConfig.of(db, 0).withToken(Optional.of(TOKEN)).withMaxBodyBytes(64 * 1024));
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
  void listsDocumentsInPagesWithTotals() {
    JsonNode first = http.get("/api/documents?limit=2&offset=0").json();
    JsonNode second = http.get("/api/documents?limit=2&offset=2").json();
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(5);
    assertThat(first.get("items")).hasSize(2);
    assertThat(first.get("limit").asInt()).isEqualTo(2);
    assertThat(second.get("offset").asInt()).isEqualTo(2);
    assertThat(second.get("items").get(0).get("id").asText())
        .isNotEqualTo(first.get("items").get(0).get("id").asText());
  }

  @Test
  void filtersDocumentsByActor() {
    JsonNode page = http.get("/api/documents?actor=MAR").json();
    java.util.List<String> ids = new java.util.ArrayList<>();
    page.get("items").forEach(d -> ids.add(d.get("id").asText()));
    assertThat(ids).contains("test-eu-mar-1", "test-eu-mar-2").doesNotContain("test-xss");
    assertThat(page.get("total").asLong()).isEqualTo(ids.size());
  }

  @Test
  void documentsAndRecordSourcesSayWhatLanguageTheyWereReadAs() {
    assertThat(http.get("/api/documents/rabat-dakar-entretien").json().get("language").asText())
        .isEqualTo("fr");
    assertThat(
            http.get("/api/documents/lima-quito-videoconferencia").json().get("language").asText())
        .isEqualTo("es");
    assertThat(http.get("/api/documents/test-eu-mar-1").json().get("language").asText())
        .isEqualTo("en");
    for (String lang : java.util.List.of("fr", "es")) {
      JsonNode page = http.get("/api/documents?lang=" + lang).json();
      assertThat(page.get("total").asLong()).isPositive();
      page.get("items").forEach(d -> assertThat(d.get("language").asText()).isEqualTo(lang));
    }
    JsonNode fr = http.get("/api/documents/rabat-dakar-entretien").json();
    long recordId = fr.get("records").get(0).get("id").asLong();
    JsonNode sources = http.get("/api/records/" + recordId).json().get("record").get("sources");
    java.util.List<String> languages = new java.util.ArrayList<>();
    sources.forEach(s -> languages.add(s.get("docId").asText() + "=" + s.get("language").asText()));
    assertThat(languages).contains("rabat-dakar-entretien=fr");
    assertThat(http.get("/api/documents?lang=French").status()).isEqualTo(400);
  }

  @Test
  void documentSpansPointIntoTheFullText() {
    JsonNode d = http.get("/api/documents/test-eu-mar-1").json();
    String full = d.get("fullText").asText();
    assertThat(full).startsWith("EU and Morocco hold Association Council in Brussels\n\n");
    assertThat(d.get("records").size()).isPositive();
    assertThat(d.get("persons").size()).isPositive();
    java.util.List<JsonNode> marked = new java.util.ArrayList<>();
    d.get("records").forEach(marked::add);
    d.get("persons").forEach(marked::add);
    for (JsonNode r : marked) {
      for (JsonNode s : r.get("spans")) {
        assertThat(full.substring(s.get("start").asInt(), s.get("end").asInt()))
            .isEqualTo(s.get("text").asText());
      }
    }
  }

  @Test
  void dossierHasCommitmentsByStatusAndTheMechanism() {
    JsonNode d = http.get("/api/dossier/EU/MAR?as_of=2026-11-01").json();
    assertThat(d.get("a").get("name").asText()).isEqualTo("European Union");
    assertThat(d.get("commitments").get("OVERDUE").get(0).get("title").asText())
        .contains("dialogue on migration");
    assertThat(d.get("commitments").get("FULFILLED").get(0).get("title").asText())
        .contains("Association Council");
    assertThat(d.get("agreements").size()).isPositive();
  }

  @Test
  void aDossierListsTheLatestRecordsOfEachSectionWithCountsAndPagesToTheRest() {
    JsonNode full = http.get("/api/dossier/EU/MAR?as_of=2026-11-01").json();
    JsonNode counts = full.get("counts");
    assertThat(counts.get("agreements").asLong()).isEqualTo(full.get("agreements").size());
    assertThat(counts.get("meetings").asLong()).isEqualTo(full.get("meetings").size());
    assertThat(full.get("meetings").size()).isGreaterThan(1);
    JsonNode one = http.get("/api/dossier/EU/MAR?as_of=2026-11-01&latest=1").json();
    assertThat(one.get("counts")).isEqualTo(counts);
    JsonNode meetings = full.get("meetings");
    assertThat(one.get("meetings").size()).isEqualTo(1);
    assertThat(one.get("meetings").get(0)).isEqualTo(meetings.get(meetings.size() - 1));
    // The section, a page of one at a time, is the full dossier's list in its order.
    for (int i = 0; i < meetings.size(); i++) {
      JsonNode page =
          http.get(
                  "/api/dossier/EU/MAR/records?section=meetings&as_of=2026-11-01&limit=1&offset="
                      + i)
              .json();
      assertThat(page.get("total").asLong()).isEqualTo(meetings.size());
      assertThat(page.get("items").get(0)).isEqualTo(meetings.get(i));
    }
    JsonNode overdue =
        http.get("/api/dossier/EU/MAR/records?section=overdue&as_of=2026-11-01").json();
    assertThat(overdue.get("items")).isEqualTo(full.get("commitments").get("OVERDUE"));
    assertThat(http.get("/api/dossier/EU/MAR/records?section=talks").status()).isEqualTo(400);
    assertThat(http.get("/api/dossier/EU/MAR/records").status()).isEqualTo(400);
  }

  /**
   * Each page names the offset of the next ({@code next}, null on the last): the pages of a
   * timeline, of the board and of a dossier section, followed from the first, are the whole listing
   * without gap or repeat.
   */
  @Test
  void pagesNameTheNextUntilTheListingEnds() {
    for (String listing :
        List.of(
            "/api/actors/MAR/timeline?as_of=2026-11-01",
            "/api/commitments?as_of=2026-11-01",
            "/api/dossier/EU/MAR/records?section=meetings&as_of=2026-11-01")) {
      JsonNode all = http.get(listing + "&limit=500").json();
      assertThat(all.get("items").size()).as(listing).isGreaterThan(1);
      assertThat(all.get("next").isNull()).isTrue();
      List<JsonNode> followed = new java.util.ArrayList<>();
      JsonNode page = http.get(listing + "&limit=1").json();
      for (int n = 0; ; n++) {
        assertThat(n).isLessThan(500);
        page.get("items").forEach(followed::add);
        if (page.get("next").isNull()) {
          break;
        }
        assertThat(page.get("next").asInt()).isEqualTo(followed.size());
        page = http.get(listing + "&limit=1&offset=" + page.get("next").asInt()).json();
      }
      List<JsonNode> whole = new java.util.ArrayList<>();
      all.get("items").forEach(whole::add);
      assertThat(followed).as(listing).isEqualTo(whole);
    }
  }

  @Test
  void anActorsTimelineComesAPageAtATime() {
    JsonNode all = http.get("/api/actors/MAR/timeline?as_of=2026-11-01&limit=500").json();
    assertThat(all.get("total").asLong()).isEqualTo(all.get("items").size()).isGreaterThan(2);
    JsonNode second = http.get("/api/actors/MAR/timeline?as_of=2026-11-01&limit=2&offset=2").json();
    assertThat(second.get("items").get(0)).isEqualTo(all.get("items").get(2));
  }

  @Test
  void asOfLeavesOutLaterRecords() {
    long before = http.get("/api/records?party=MAR&as_of=2025-12-31").json().get("total").asLong();
    long after = http.get("/api/records?party=MAR&as_of=2026-11-01").json().get("total").asLong();
    assertThat(before).isPositive().isLessThan(after);
  }

  @Test
  void commitmentsFilterByStatus() {
    JsonNode page = http.get("/api/commitments?status=overdue&as_of=2026-11-01").json();
    assertThat(page.get("total").asLong()).isPositive();
    page.get("items")
        .forEach(c -> assertThat(c.get("commitmentStatus").asText()).isEqualTo("OVERDUE"));
  }

  @Test
  void searchesWithTotals() {
    JsonNode page = http.get("/api/search?q=hydrogen").json();
    assertThat(page.get("total").asLong()).isEqualTo(1);
    assertThat(page.get("items").get(0).get("docId").asText()).isEqualTo("test-eu-mar-1");
  }

  @Test
  void exportsCsvAndCalendar() {
    Http.Answer csv = http.get("/api/export/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("id,type,parties");
    assertThat(http.get("/api/export/ics").body()).startsWith("BEGIN:VCALENDAR");
  }

  @ParameterizedTest
  @CsvSource({
    "/api/documents?limit=0, limit",
    "/api/documents?limit=x, limit",
    "/api/documents?lang=FR, lang",
    "/api/records?as_of=yesterday, as_of",
    "/api/records?type=treaty, type",
    "/api/commitments?status=late, status",
    "/api/search, q",
    "/api/network?from=2026-02-01&to=2026-01-01, from",
    "/api/export/pdf, format",
    "/api/records/abc, id",
  })
  void rejectsBadParametersWithAFieldMap(String path, String field) {
    Http.Answer a = http.get(path);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().get("fields").has(field)).as(a.body()).isTrue();
    assertThat(a.header("Content-Type")).startsWith("application/json");
  }

  @Test
  void reportsEveryBadParameterAtOnce() {
    JsonNode e = http.get("/api/records?limit=9999&offset=-3&as_of=x").json();
    assertThat(e.get("fields").size()).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({
    "/api/documents/nope",
    "/api/records/999999",
    "/api/persons/999999",
    "/api/actors/ZZZ",
    "/api/dossier/EU/ZZZ",
    "/api/no-such-route",
    "/api/stories/nope"
  })
  void answers404AsJson(String path) {
    Http.Answer a = http.get(path);
    assertThat(a.status()).isEqualTo(404);
    assertThat(a.json().get("error").asText()).isEqualTo("not found");
  }

  @Test
  void unknownActorsAre404WithTheNearCodes() {
    for (String path : List.of("/api/dossier/EU/MRA", "/api/dossier/MRA/EU", "/api/actors/MRA")) {
      Http.Answer a = http.get(path);
      assertThat(a.status()).as(path).isEqualTo(404);
      assertThat(a.json().get("message").asText()).isEqualTo("no actor MRA (did you mean MAR?)");
    }
    assertThat(http.get("/api/dossier/EU/XYZ").json().get("message").asText())
        .isEqualTo("no actor XYZ");
  }

  @Test
  void writesWithoutAConfiguredTokenAre403() {
    Http.Answer a = http2.send("POST", "/api/records/1/confirm", "{\"by\":\"t\"}", TOKEN);
    assertThat(a.status()).isEqualTo(403);
    assertThat(a.json().get("message").asText()).contains("ENTENTE_API_TOKEN");
  }

  @Test
  void writesWithAWrongTokenAre401() {
    assertThat(http.send("POST", "/api/records/1/confirm", "{\"by\":\"t\"}", "wrong").status())
        .isEqualTo(401);
    assertThat(http.send("POST", "/api/records/1/confirm", "{\"by\":\"t\"}", null).status())
        .isEqualTo(401);
  }

  @Test
  void addsEditsAndAuditsARecord() {
    JsonNode added = add("commitment", "hold a review conference");
    long id = added.get("record").get("id").asLong();
    long v = added.get("version").asLong();
    Http.Answer edited =
        http.send(
            "PATCH",
            "/api/records/" + id,
            "{\"by\":\"tester\",\"version\":" + v + ",\"fields\":{\"place\":\"Geneva\"}}",
            TOKEN);
    assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    assertThat(edited.json().get("record").get("place").asText()).isEqualTo("Geneva");
    assertThat(edited.json().get("version").asLong()).isGreaterThan(v);
    JsonNode audit = http.get("/api/audit?record=" + id).json();
    assertThat(audit.get("total").asLong()).isEqualTo(2);
    assertThat(audit.get("items").get(0).get("action").asText()).isEqualTo("edit");
  }

  @Test
  void aWriteIsSeenByTheNextReadDespiteTheCache() {
    long id = add("meeting", "strategic dialogue").get("record").get("id").asLong();
    JsonNode before = http.get("/api/records/" + id).json();
    assertThat(http.get("/api/records/" + id).json()).isEqualTo(before);
    assertThat(
            http.send("POST", "/api/records/" + id + "/confirm", "{\"by\":\"a\"}", TOKEN).status())
        .isEqualTo(200);
    JsonNode after = http.get("/api/records/" + id).json();
    assertThat(after.get("record").get("review").asText()).isEqualTo("confirmed");
    assertThat(after.get("version").asLong()).isGreaterThan(before.get("version").asLong());
  }

  @Test
  void aStaleVersionIsAConflict() {
    JsonNode added = add("meeting", "consultations");
    long id = added.get("record").get("id").asLong();
    long v = added.get("version").asLong();
    String edit = "{\"by\":\"a\",\"version\":" + v + ",\"fields\":{\"place\":\"Oslo\"}}";
    assertThat(http.send("PATCH", "/api/records/" + id, edit, TOKEN).status()).isEqualTo(200);
    Http.Answer again = http.send("PATCH", "/api/records/" + id, edit, TOKEN);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("message").asText()).contains("changed since you read it");
  }

  @Test
  void editingARejectedRecordIsAConflict() {
    long id = add("agreement", "protocol on fisheries").get("record").get("id").asLong();
    assertThat(
            http.send("POST", "/api/records/" + id + "/reject", "{\"by\":\"a\"}", TOKEN).status())
        .isEqualTo(200);
    long v = http.get("/api/records/" + id).json().get("version").asLong();
    Http.Answer edit =
        http.send(
            "PATCH",
            "/api/records/" + id,
            "{\"by\":\"a\",\"version\":" + v + ",\"fields\":{\"title\":\"x\"}}",
            TOKEN);
    assertThat(edit.status()).isEqualTo(409);
    assertThat(
            http.send("POST", "/api/records/" + id + "/reject", "{\"by\":\"a\"}", TOKEN).status())
        .isEqualTo(409);
  }

  @Test
  void marksACommitmentFulfilledOnce() {
    long id = add("commitment", "open a consulate").get("record").get("id").asLong();
    String body = "{\"by\":\"a\",\"on\":\"2026-05-01\",\"reason\":\"opened\"}";
    Http.Answer ok = http.send("POST", "/api/records/" + id + "/fulfil", body, TOKEN);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(ok.json().get("record").get("commitmentStatus").asText()).isEqualTo("FULFILLED");
    assertThat(http.send("POST", "/api/records/" + id + "/fulfil", body, TOKEN).status())
        .isEqualTo(409);
  }

  @Test
  void rejectsBadBodies() {
    Http.Answer notJson = http.send("POST", "/api/records", "{nope", TOKEN);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.json().get("fields").has("body")).isTrue();
    Http.Answer missing = http.send("POST", "/api/records", "{\"type\":\"x\"}", TOKEN);
    assertThat(missing.status()).isEqualTo(400);
    JsonNode fields = missing.json().get("fields");
    assertThat(fields.has("by") && fields.has("type") && fields.has("title")).isTrue();
    Http.Answer field =
        http.send(
            "PATCH",
            "/api/records/1",
            "{\"by\":\"a\",\"version\":0,\"fields\":{\"id\":\"9\"}}",
            TOKEN);
    assertThat(field.status()).isEqualTo(400);
    assertThat(field.json().get("fields").has("fields.id")).isTrue();
  }

  @Test
  void refusesBodiesOverTheLimitWith413() {
    String big = "{\"text\":\"" + "a".repeat(70 * 1024) + "\"}";
    // Sent once each, several times over: the server reads a refused body to its end, so the
    // answer is never lost in a reset while the client still uploads.
    for (int i = 0; i < 5; i++) {
      Http.Answer a = http.send("POST", "/api/analyse", big, null);
      assertThat(a.status()).isEqualTo(413);
      assertThat(a.json().get("status").asInt()).isEqualTo(413);
      assertThat(http.send("POST", "/api/records", big, TOKEN).status()).isEqualTo(413);
    }
  }

  @Test
  void analysesATextWithoutStoringIt() {
    long docs = http.get("/api/info").json().get("totals").get("documents").asLong();
    String text = "  Kenya and Ethiopia signed a border trade agreement in Nairobi on Monday.";
    Http.Answer a =
        http.send(
            "POST",
            "/api/analyse",
            "{\"title\":\"Border deal\",\"text\":\"" + text + "\",\"published\":\"2026-01-05\"}",
            null);
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    String full = a.json().get("document").get("fullText").asText();
    assertThat(full).isEqualTo("Border deal\n\n" + text);
    JsonNode actors = a.json().get("extraction").get("actors");
    assertThat(actors.size()).isGreaterThanOrEqualTo(2);
    for (JsonNode m : actors) {
      String covered = full.substring(m.get("span").get(0).asInt(), m.get("span").get(1).asInt());
      assertThat(covered).isNotBlank();
    }
    assertThat(http.get("/api/info").json().get("totals").get("documents").asLong())
        .isEqualTo(docs);
  }

  @Test
  void sendsSecurityHeadersEverywhere() {
    for (String path : new String[] {"/", "/js/app.js", "/api/info", "/api/nope"}) {
      Http.Answer a = http.get(path);
      assertThat(a.header("Content-Security-Policy"))
          .as(path)
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
    }
  }

  @Test
  void servesTheDashboardFromTheJar() {
    Http.Answer index = http.get("/");
    assertThat(index.status()).isEqualTo(200);
    assertThat(index.body()).contains("<script type=\"module\" src=\"/js/app.js\">");
    assertThat(http.get("/js/app.js").header("Content-Type")).contains("javascript");
    assertThat(http.get("/css/app.css").header("Content-Type")).contains("text/css");
  }

  private static JsonNode add(String type, String title) {
    Http.Answer a =
        http.send(
            "POST",
            "/api/records",
            "{\"by\":\"tester\",\"type\":\""
                + type
                + "\",\"parties\":[\"EU\",\"MAR\"],\"title\":\""
                + title
                + "\",\"on\":\"2026-04-01\",\"due\":\"2026-12\",\"due_kind\":\"LATEST\"}",
            TOKEN);
    assertThat(a.status()).as(a.body()).isEqualTo(201);
    return a.json();
  }

  @Test
  void scorecardOfAPairScoresItsDueCommitmentsWithEvidenceAndAsCsv() throws Exception {
    Http.Answer a = http.get("/api/scorecard?a=EU&b=MAR&from=2026-01-01&to=2026-12-31");
    assertThat(a.status()).isEqualTo(200);
    JsonNode card = a.json().get(0);
    assertThat(card.get("actors").toString()).isEqualTo("[\"EU\",\"MAR\"]");
    // the fixture's migration dialogue (exact, 15 March 2026, nothing heard) is pending past due;
    // the Association Council session (in 2026) was marked fulfilled
    assertThat(card.get("lines").toString())
        .contains(
            "launch a dialogue on migration",
            "\"outcome\":\"PENDING\"",
            "\"outcome\":\"FULFILLED\"");
    assertThat(card.get("score").asDouble()).isBetween(-1.0, 1.0);
    Http.Answer csv =
        http.get("/api/scorecard?a=EU&b=MAR&from=2026-01-01&to=2026-12-31&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\"subject\"").contains("\"EU–MAR\"");
    assertThat(http.get("/api/scorecard?from=2027-01-01&to=2026-01-01").status()).isEqualTo(400);
  }
}
