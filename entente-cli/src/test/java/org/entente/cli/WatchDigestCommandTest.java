package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.store.Ledger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente watch} and {@code entente digest} on a real SQLite ledger whose commitments a
 * curator added by hand (one with markup in its text), with e-mail delivery to an in-process SMTP
 * server (GreenMail).
 */
class WatchDigestCommandTest {

  @TempDir static Path dir;
  static String db;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String HOSTILE = "hold talks <script>alert(1)</script> on *ports* [x](javascript:y)";

  @BeforeAll
  static void ledger() {
    db = dir.resolve("w.db").toString();
    try (Ledger ledger = Ledger.open(db)) {
      var c = ledger.curation();
      c.add(
          "commitment",
          List.of("EU", "MAR"),
          "open a joint office for customs",
          LocalDate.of(2026, 2, 1),
          PartialDate.parse("2026-03-20"),
          Deadline.Kind.EXACT,
          "by 20 March 2026",
          "fixture");
      c.add(
          "commitment",
          List.of("FRA", "MAR"),
          HOSTILE,
          LocalDate.of(2026, 2, 2),
          PartialDate.parse("2026-03-12"),
          Deadline.Kind.LATEST,
          "<b>before</b> mid-March",
          "fixture");
      c.add(
          "commitment",
          List.of("DEU", "MAR"),
          "train water engineers",
          LocalDate.of(2026, 2, 3),
          PartialDate.parse("2026-03-15"),
          Deadline.Kind.EXACT,
          null,
          "fixture");
    }
    Cli add =
        Cli.run(
            "watch", "add", "morocco", "--db", db, "--pair", "EU/MAR,FRA/MAR", "--due-days", "14");
    assertThat(add.rc()).as(add.err()).isZero();
  }

  @Test
  void watchAddListRemoveKeepWatchlistsInTheLedger() {
    assertThat(
            Cli.run(
                    "watch",
                    "add",
                    "other",
                    "--db",
                    db,
                    "--actor",
                    "DEU",
                    "--alert",
                    "due_soon,overdue")
                .rc())
        .isZero();
    Cli list = Cli.run("watch", "list", "--db", db);
    assertThat(list.out())
        .contains(
            "morocco\tfollows EU–MAR, FRA–MAR",
            "other\tfollows DEU (all partners); alerts overdue, due_soon");
    Cli again = Cli.run("watch", "add", "other", "--db", db, "--actor", "DEU");
    assertThat(again.rc()).isEqualTo(2);
    assertThat(again.err()).contains("exists already");
    Cli bad = Cli.run("watch", "add", "bad", "--db", db, "--pair", "EU-MAR");
    assertThat(bad.rc()).isEqualTo(2);
    assertThat(bad.err()).contains("A/B");
    assertThat(Cli.run("watch", "remove", "other", "--db", db).rc()).isZero();
    assertThat(Cli.run("watch", "remove", "other", "--db", db).rc()).isEqualTo(2);
    assertThat(Cli.run("watch", "list", "--db", db).out()).doesNotContain("other");
  }

  @Test
  void digestGroupsByRelationshipMostUrgentFirst() throws Exception {
    Cli md =
        Cli.run(
            "digest",
            "--db",
            db,
            "--watch",
            "morocco",
            "--since",
            "2026-03-01",
            "--as-of",
            "2026-03-10");
    assertThat(md.rc()).as(md.err()).isZero();
    // FRA–MAR's commitment is due first (2 days), so its group comes first; DEU is not followed.
    assertThat(md.out().indexOf("## FRA–MAR"))
        .isPositive()
        .isLessThan(md.out().indexOf("## EU–MAR"));
    assertThat(md.out())
        .contains("**due soon** open a joint office for customs — due 2026-03-20 (in 10 days)")
        .doesNotContain("water engineers");
    Cli json =
        Cli.run(
            "digest",
            "--db",
            db,
            "--watch",
            "morocco",
            "--since",
            "2026-03-10",
            "--as-of",
            "2026-03-25",
            "--format",
            "json");
    JsonNode d = new ObjectMapper().readTree(json.out());
    assertThat(d.get("groups"))
        .as(Cli.run("commitments", "--db", db, "--as-of", "2026-03-25").out())
        .hasSize(2);
    // Both went overdue in the period; the nearer one (EU–MAR, four days ago) comes first.
    assertThat(d.get("groups").get(0).get("relationship").asText()).isEqualTo("EU–MAR");
    JsonNode first = d.get("groups").get(0).get("alerts").get(0);
    assertThat(first.get("kind").asText()).isEqualTo("OVERDUE");
    assertThat(first.get("on").asText()).isEqualTo("2026-03-21");
  }

  @Test
  void untrustedTextIsEscapedInHtmlAndMarkdownDigests() throws Exception {
    Path out = dir.resolve("d.html");
    Cli html =
        Cli.run(
            "digest",
            "--db",
            db,
            "--watch",
            "morocco",
            "--since",
            "2026-03-01",
            "--as-of",
            "2026-03-10",
            "--format",
            "html",
            "--link-base",
            "http://127.0.0.1:7070/",
            "-o",
            out.toString());
    assertThat(html.rc()).as(html.err()).isZero();
    String page = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(page)
        .doesNotContain("<script>alert", "<b>before")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;before&lt;/b&gt;")
        .contains("href=\"http://127.0.0.1:7070/#/record/");
    String md =
        Cli.run(
                "digest",
                "--db",
                db,
                "--watch",
                "morocco",
                "--since",
                "2026-03-01",
                "--as-of",
                "2026-03-10")
            .out();
    assertThat(md)
        .doesNotContain("<script>", "[x](javascript")
        .contains("\\*ports\\*", "&lt;script&gt;");
  }

  @Test
  void digestIsSentThroughSmtp() throws Exception {
    Cli sent =
        Cli.run(
            "digest",
            "--db",
            db,
            "--watch",
            "morocco",
            "--since",
            "2026-03-01",
            "--as-of",
            "2026-03-10",
            "--smtp",
            "127.0.0.1:" + smtp.getSmtp().getPort(),
            "--mail-from",
            "ledger@example.org",
            "--mail-to",
            "analyst@example.org");
    assertThat(sent.rc()).as(sent.err()).isZero();
    MimeMessage[] got = smtp.getReceivedMessages();
    assertThat(got).hasSize(1);
    assertThat(got[0].getSubject()).isEqualTo("Entente watch morocco: 2 alerts to 2026-03-10");
    assertThat(got[0].getAllRecipients()[0].toString()).isEqualTo("analyst@example.org");
    String body = GreenMailUtil.getBody(got[0]);
    assertThat(body).contains("open a joint office for customs").doesNotContain("<script>alert");
  }

  @Test
  void badDigestOptionsAreUsageErrors() {
    Cli none = Cli.run("digest", "--db", db, "--watch", "nobody", "--since", "2026-03-01");
    assertThat(none.rc()).isEqualTo(2);
    assertThat(none.err()).contains("no watchlist named nobody");
    Cli fmt =
        Cli.run(
            "digest", "--db", db, "--watch", "morocco", "--since", "2026-03-01", "--format", "pdf");
    assertThat(fmt.rc()).isEqualTo(2);
    assertThat(fmt.err()).contains("md, html or json");
    Cli late =
        Cli.run(
            "digest",
            "--db",
            db,
            "--watch",
            "morocco",
            "--since",
            "2026-03-01",
            "--as-of",
            "2026-02-01");
    assertThat(late.rc()).isEqualTo(2);
  }
}
