package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.entente.model.ActorKind;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.PartialDate;
import org.entente.store.brief.Brief;
import org.entente.store.brief.BriefLog;
import org.entente.store.brief.Briefs;
import org.entente.store.brief.Section;
import org.entente.store.brief.render.BriefHtml;
import org.entente.store.brief.render.BriefMarkdown;
import org.entente.store.brief.render.BriefPdf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief of a busy pair on a real SQLite file: "what changed" lists the newest changes up to its
 * cap and says how many it left out, whether measured from a day or against the last brief, in
 * every format.
 */
class BriefOfABusyPairTest {

  @TempDir Path dir;

  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** One meeting of France and Japan reported on the day given, named by a word of its own. */
  private static Extraction meeting(int i, LocalDate day) {
    String event = "Talks number " + i + " took place.";
    Document d =
        new Document("busy-" + i, "Test Wire", day, "Round " + i, "France and Japan met. " + event);
    return Fixtures.of(d)
        .actor("FRA", ActorKind.STATE, "France")
        .actor("JPN", ActorKind.STATE, "Japan")
        .meeting(List.of("FRA", "JPN"), "round " + i, "Tokyo", PartialDate.of(day), event)
        .build();
  }

  private static List<Extraction> meetings(int from, int to, LocalDate first) {
    return java.util.stream.IntStream.range(from, to)
        .mapToObj(i -> meeting(i, first.plusDays(7L * (i - from))))
        .toList();
  }

  @Test
  void whatChangedListsTheNewestAndSaysHowManyMore() throws Exception {
    try (Ledger ledger = Ledger.open(dir.resolve("busy.db").toString())) {
      ledger.write(meetings(0, 20, LocalDate.of(2025, 3, 3)));
      Briefs briefs = new Briefs(ledger);

      Brief b = briefs.of("FRA", "JPN", AS_OF, LocalDate.of(2025, 1, 1));
      Section changes = b.section("changes").orElseThrow();
      assertThat(changes.statements()).hasSize(12);
      assertThat(changes.more()).isEqualTo(8);
      assertThat(changes.moreText()).isEqualTo("and 8 more");
      // the newest first: the twentieth meeting leads
      assertThat(changes.statements().get(0).text()).contains("round 19");
      assertThat(b.section("meetings").orElseThrow().more()).isZero();

      assertThat(BriefMarkdown.write(b)).contains("*and 8 more*");
      assertThat(BriefHtml.write(b)).contains("<p class=\"more\">and 8 more</p>");
      try (PDDocument pdf = Loader.loadPDF(BriefPdf.write(b))) {
        assertThat(new PDFTextStripper().getText(pdf)).contains("and 8 more");
      }

      // Logged; fifteen more meetings later: measured against the last brief, 12 and 3 more.
      BriefLog log =
          new BriefLog(ledger, Clock.fixed(Instant.parse("2026-01-02T08:00:00Z"), ZoneOffset.UTC));
      log.record(b);
      ledger.write(meetings(20, 35, LocalDate.of(2026, 1, 5)));
      LocalDate later = LocalDate.of(2026, 6, 1);
      Brief next = briefs.sinceLastBrief("JPN", "FRA", later, LocalDate.of(2025, 1, 1));
      assertThat(next.previous()).isNotNull();
      Section since = next.section("changes").orElseThrow();
      assertThat(since.statements()).hasSize(12).allMatch(s -> s.lead().startsWith("new meeting"));
      assertThat(since.more()).isEqualTo(3);
      assertThat(BriefMarkdown.write(next)).contains("*and 3 more*");

      // A brief that lists all its changes says nothing more.
      Brief few = briefs.of("FRA", "JPN", AS_OF, LocalDate.of(2025, 6, 1));
      Section some = few.section("changes").orElseThrow();
      assertThat(some.statements()).hasSize(7);
      assertThat(some.more()).isZero();
      assertThat(BriefMarkdown.write(few)).doesNotContain(" more*");
      assertThat(BriefHtml.write(few)).doesNotContain("class=\"more\"");
    }
  }
}
