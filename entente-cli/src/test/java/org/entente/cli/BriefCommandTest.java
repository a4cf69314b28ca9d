package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.store.Ledger;
import org.entente.store.brief.BriefLog;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code entente brief} on a ledger of the bundled examples and the seeds of ../shared: EU–Morocco
 * needs the seeds (skipped with the reason without them); usage errors do not.
 */
class BriefCommandTest {

  @TempDir static Path dir;
  static String db;
  static boolean seeds;

  @BeforeAll
  static void ingest() throws Exception {
    Path examples = Path.of("../examples/texts");
    Path shared = Path.of("../../shared/seeds");
    seeds = Files.isDirectory(shared);
    db = dir.resolve("ledger.db").toString();
    try (Ledger ledger = Ledger.open(db)) {
      ledger.ingest(
          DocumentSource.read(
              seeds ? List.of(examples, shared) : List.of(examples), ReadOptions.defaults()),
          Entente.pipeline(),
          Ledger.IngestOptions.defaults(),
          (r, d) -> {});
    }
  }

  private static void needSeeds() {
    Assumptions.assumeTrue(seeds, "shared seeds not found at ../../shared/seeds");
  }

  @Test
  void logsEachBriefAndTheNextReportsChangesSinceTheLast() throws Exception {
    needSeeds();
    Path copy = dir.resolve("log.db");
    try (Ledger ledger = Ledger.open(db)) {
      ledger.db().execute("VACUUM INTO '" + copy + "'");
    }
    String log = copy.toString();
    Cli preview =
        Cli.run("brief", "EU", "MAR", "--as-of", "2025-05-01", "--no-record", "--db", log);
    assertThat(preview.rc()).as(preview.err()).isZero();
    assertThat(preview.out()).contains("changes since 2025-01-31").doesNotContain("last brief");
    Cli first = Cli.run("brief", "EU", "MAR", "--as-of", "2025-05-01", "--db", log);
    assertThat(first.rc()).as(first.err()).isZero();
    assertThat(first.out()).contains("changes since 2025-01-31");
    Cli next = Cli.run("brief", "MAR", "EU", "--as-of", "2025-06-01", "--db", log);
    assertThat(next.rc()).as(next.err()).isZero();
    assertThat(next.out())
        .contains(
            "changes since the last brief, as of 2025-05-01",
            "## What changed since the last brief, as of 1 May 2025");
    try (Ledger ledger = Ledger.open(log)) {
      assertThat(new BriefLog(ledger).list("EU", "MAR"))
          .extracting(BriefLog.Issued::asOf)
          .filteredOn(d -> d.isBefore(java.time.LocalDate.of(2025, 7, 1)))
          .containsExactly(java.time.LocalDate.of(2025, 5, 1), java.time.LocalDate.of(2025, 6, 1));
    }
  }

  @Test
  void writesTheBriefAsMarkdownHtmlAndPdf() throws Exception {
    needSeeds();
    Cli md = Cli.run("brief", "EU", "MAR", "--as-of", "2025-12-10", "--db", db);
    assertThat(md.rc()).as(md.err()).isZero();
    assertThat(md.out())
        .startsWith("# Relationship brief: European Union – Morocco")
        .contains("## Open commitments, by deadline", "end of the year", "## Sources", "1. ");

    Path html = dir.resolve("brief.html");
    Cli h =
        Cli.run(
            "brief",
            "EU",
            "MAR",
            "--as-of",
            "2025-12-10",
            "--since",
            "2025-01-01",
            "--format",
            "html",
            "-o",
            html.toString(),
            "--db",
            db);
    assertThat(h.rc()).as(h.err()).isZero();
    assertThat(h.err()).contains("written to");
    assertThat(Files.readString(html, StandardCharsets.UTF_8))
        .contains("<style>", "@page", "size: A4", "id=\"c1\"", "changes since");

    Path pdf = dir.resolve("brief.pdf");
    Cli p =
        Cli.run(
            "brief",
            "eu",
            "mar",
            "--as-of",
            "2025-12-10",
            "--format",
            "pdf",
            "-o",
            pdf.toString(),
            "--db",
            db);
    assertThat(p.rc()).as(p.err()).isZero();
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("European Union – Morocco", "Sources", "[1]");
    }
  }

  @Test
  void usageErrorsExitTwoWithAMessage() {
    Cli pdf = Cli.run("brief", "EU", "MAR", "--format", "pdf", "--db", db);
    assertThat(pdf.rc()).isEqualTo(2);
    assertThat(pdf.err()).contains("-o FILE");
    Cli format = Cli.run("brief", "EU", "MAR", "--format", "docx", "--db", db);
    assertThat(format.rc()).isEqualTo(2);
    assertThat(format.err()).contains("md, html or pdf");
    Cli since =
        Cli.run("brief", "EU", "MAR", "--as-of", "2025-01-01", "--since", "2025-02-01", "--db", db);
    assertThat(since.rc()).isEqualTo(2);
    assertThat(since.err()).contains("after the --as-of day");
    Cli unknown = Cli.run("brief", "EU", "XYZQ", "--db", db);
    assertThat(unknown.rc()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown actor B 'XYZQ'");
    Cli same = Cli.run("brief", "EU", "EU", "--db", db);
    assertThat(same.rc()).isEqualTo(2);
    Cli missing = Cli.run("brief", "EU", "MAR", "--db", dir.resolve("none.db").toString());
    assertThat(missing.rc()).isEqualTo(2);
  }
}
