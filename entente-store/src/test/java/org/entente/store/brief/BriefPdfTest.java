package org.entente.store.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.entente.store.Ledger;
import org.entente.store.brief.render.BriefFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF brief, read back with PDFBox: its text, its citations and its pages. */
class BriefPdfTest {

  @TempDir Path dir;

  private static String text(PDDocument pdf) throws IOException {
    PDFTextStripper s = new PDFTextStripper();
    s.setSortByPosition(true);
    return s.getText(pdf);
  }

  @Test
  void pdfReadsBackWithEveryCitationListedOnA4Pages() throws IOException {
    try (Ledger ledger = BriefTest.ghana(dir.resolve("p.db"))) {
      Brief b = new Briefs(ledger).of("DEU", "GHA", BriefTest.DEC_2025, LocalDate.of(2025, 6, 1));
      byte[] bytes = BriefFormat.PDF.write(b);
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        assertThat(pdf.getNumberOfPages()).isBetween(1, 4);
        for (PDPage page : pdf.getPages()) {
          assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, within());
          assertThat(page.getMediaBox().getHeight()).isCloseTo(841.9f, within());
        }
        String all = text(pdf);
        assertThat(all)
            .contains("Germany – Ghana", "Frameworks and agreements", "Open commitments")
            .contains("vocational training centre", "Anna Weber", "Joint Commission")
            .contains("page 1 of " + pdf.getNumberOfPages());
        int sources = all.lastIndexOf("\nSources");
        assertThat(sources).isPositive();
        BriefTest.assertMarksResolve(
            all.substring(0, sources), all.substring(sources), Pattern.compile("(?m)^\\[(\\d+)] "));
        // The sentence behind the overdue commitment's citation is in the list, with its day.
        Statement overdue = b.section("commitments").orElseThrow().statements().get(0);
        int n = overdue.cites().get(0);
        String listed = all.substring(sources).replaceAll("\\s+", " ");
        assertThat(listed)
            .contains(
                "[" + n + "] Test Wire, 2024-03-12 — Germany and Ghana sign green hydrogen",
                "pledged to open a joint vocational training centre in Kumasi");
        // Hostile markup is text in a PDF, shown as written.
        assertThat(listed).contains("<script>window.__xss=1</script>");
      }
    }
  }

  @Test
  void writesTheSameTextEveryTimeWithTheSharedFontFile() throws IOException {
    try (Ledger ledger = BriefTest.ghana(dir.resolve("r.db"))) {
      Brief b = new Briefs(ledger).of("DEU", "GHA", BriefTest.DEC_2025, LocalDate.of(2025, 6, 1));
      String first;
      try (PDDocument pdf = Loader.loadPDF(BriefFormat.PDF.write(b))) {
        first = text(pdf);
      }
      for (int i = 0; i < 3; i++) {
        try (PDDocument pdf = Loader.loadPDF(BriefFormat.PDF.write(b))) {
          assertThat(text(pdf)).isEqualTo(first);
        }
      }
      assertThat(first).contains("Germany – Ghana", "Kwame Asante");
    }
  }

  private static org.assertj.core.data.Offset<Float> within() {
    return org.assertj.core.data.Offset.offset(1f);
  }

  @Test
  void charactersTheFontLacksAreReplacedNeverThrownOn() throws IOException {
    try (Ledger ledger = BriefTest.ghana(dir.resolve("u.db"))) {
      ledger
          .curation()
          .add(
              "commitment",
              List.of("DEU", "GHA"),
              "Côte d’Ivoire Ελλάδα Россия صندوق 共同 \uD83D\uDE00 \u200Fx\u0007y\u0000z tab\there",
              LocalDate.of(2025, 10, 3),
              PartialDate.parse("2026-05-01"),
              Deadline.Kind.EXACT,
              "\uD800 by May",
              "analyst");
      Brief b = new Briefs(ledger).of("DEU", "GHA", BriefTest.DEC_2025, LocalDate.of(2025, 6, 1));
      byte[] bytes = BriefFormat.PDF.write(b);
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        String all = text(pdf);
        assertThat(all).contains("Côte d’Ivoire Ελλάδα Россия", "tab here");
        assertThat(all).doesNotContain("صندوق", "共同");
        assertThat(all).contains("? ?");
      }
    }
  }
}
