package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyse endpoint reads what it is given through the pipeline's intake: the same title and
 * dateline conventions as {@code entente ingest}, and bad records skipped with the same reasons.
 */
class AnalyseIntakeTest {

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

  private static Http.Answer analyse(String name, String text) {
    ObjectNode body = new ObjectMapper().createObjectNode();
    body.put("text", text);
    if (name != null) {
      body.put("name", name);
    }
    return http.send("POST", "/api/analyse", body.toString(), null);
  }

  @Test
  void aPastedCommuniqueGetsItsTitleLineAndDatelineDate() {
    Http.Answer a =
        analyse(
            null,
            "Kenya and Ethiopia sign border trade agreement\n\nNAIROBI, 5 January 2026 – Kenya"
                + " and Ethiopia signed a border trade agreement in Nairobi on Monday.");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("document").get("title").asText())
        .isEqualTo("Kenya and Ethiopia sign border trade agreement");
    assertThat(a.json().get("document").get("published").asText()).isEqualTo("2026-01-05");
    assertThat(a.json().get("skipped")).isEmpty();
  }

  @Test
  void badJsonLinesRecordsAreSkippedWithTheReasonsIngestGives() {
    Http.Answer a =
        analyse(
            "upload.jsonl",
            "{\"id\": \"n\", \"text\": 42}\n{\"id\": \"e\", \"text\": \"\"}\n"
                + "{\"id\": \"ok\", \"text\": \"Kenya and Ethiopia met in Nairobi.\"}\n");
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    assertThat(a.json().get("skipped").toString())
        .contains("upload.jsonl:1", "text is not a string", "upload.jsonl:2", "empty text");
    Http.Answer none = analyse("upload.jsonl", "{\"id\": \"n\", \"text\": 42}\n");
    assertThat(none.status()).isEqualTo(422);
    assertThat(none.json().get("fields").get("text").asText()).isEqualTo("text is not a string");
  }
}
