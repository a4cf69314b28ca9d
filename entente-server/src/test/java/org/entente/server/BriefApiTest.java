package org.entente.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The brief page and the brief over the API, on a real server over the test ledger. */
class BriefApiTest {

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

  @Test
  void briefPageLinksItsPrintStylesheetAndTheDossier() {
    Http.Answer page = http.get("/brief/EU/MAR?as_of=2026-04-01&since=2026-01-01");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("style-src 'self'");
    assertThat(page.body())
        .contains("<link rel=\"stylesheet\" href=\"/brief.css\">")
        .contains("href=\"/#/dossier/EU/MAR\"")
        .contains("European Union – Morocco", "launch a dialogue on migration", "id=\"c1\"")
        .doesNotContain("<style", "<script", " style=");
    Http.Answer css = http.get("/brief.css");
    assertThat(css.status()).isEqualTo(200);
    assertThat(css.header("Content-Type")).startsWith("text/css");
    assertThat(css.body()).contains("@page", "size: A4", "@media print");
  }

  @Test
  void briefOverTheApiInMarkdownHtmlAndPdf() throws Exception {
    Http.Answer md = http.get("/api/brief/EU/MAR?format=md&as_of=2026-04-01");
    assertThat(md.status()).isEqualTo(200);
    assertThat(md.header("Content-Type")).startsWith("text/markdown");
    assertThat(md.body())
        .startsWith("# Relationship brief: European Union – Morocco")
        .contains("overdue", "launch a dialogue on migration", "## Sources");
    Http.Answer html = http.get("/api/brief/EU/MAR");
    assertThat(html.body()).contains("<style>", "@page");

    HttpResponse<byte[]> pdf =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(server.url() + "api/brief/EU/MAR?format=pdf&as_of=2026-04-01"))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("European Union – Morocco", "launch a dialogue on migration", "Sources");
    }
  }

  @Test
  void hostileDocumentTextIsEscapedInTheBriefPage() {
    Http.Answer page = http.get("/brief/FRA/DEU?since=2000-01-01");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body())
        .contains("&lt;script&gt;window.__xss=")
        .doesNotContain("<script", "<img", "<b>");
    Http.Answer md = http.get("/api/brief/FRA/DEU?format=md&since=2000-01-01");
    assertThat(md.body()).contains("&lt;script&gt;").doesNotContain("<script", "<img");
  }

  @Test
  void badRequestsAreNamed() {
    Http.Answer unknown = http.get("/brief/EU/XYZQ");
    assertThat(unknown.status()).isEqualTo(404);
    Http.Answer since = http.get("/api/brief/EU/MAR?as_of=2026-01-01&since=2026-02-01");
    assertThat(since.status()).isEqualTo(400);
    assertThat(since.body()).contains("since");
    Http.Answer format = http.get("/api/brief/EU/MAR?format=docx");
    assertThat(format.status()).isEqualTo(400);
    assertThat(format.body()).contains("format");
    Http.Answer same = http.get("/brief/EU/EU");
    assertThat(same.status()).isEqualTo(400);
  }
}
