package org.entente.store.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.store.brief.BriefTest.assertCitationsResolve;
import static org.entente.store.brief.BriefTest.text;
import static org.entente.store.brief.BriefTest.texts;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.entente.pipeline.Entente;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.brief.render.BriefMarkdown;
import org.junit.jupiter.api.Test;

/**
 * The log of briefs on a real ledger built through the real pipeline (Germany–Ghana, texts of our
 * own): each brief issued is kept, and the next brief of the pair reports what changed since it —
 * new records, commitments whose status changed, records withdrawn — each with its citations. Run
 * on a SQLite file and on a PostgreSQL server by the subclasses.
 */
abstract class BriefLogContract {

  static final LocalDate APR_2025 = LocalDate.of(2025, 4, 1);
  static final LocalDate DEC_2025 = LocalDate.of(2025, 12, 1);

  /** The address of an empty store. */
  protected abstract String freshStore() throws Exception;

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void theNextBriefOfThePairReportsWhatChangedSinceTheLastOne() throws Exception {
    try (Ledger ledger = Ledger.open(freshStore())) {
      ledger.write(
          Entente.extract(text("accra-energy-partnership.txt", LocalDate.of(2024, 3, 12))));
      ledger.write(Entente.extract(text("berlin-energy-dialogue.txt", LocalDate.of(2025, 3, 18))));
      Briefs briefs = new Briefs(ledger);
      BriefLog log = new BriefLog(ledger, CLOCK);

      // No brief yet: the changes are those reported after the day given.
      Brief first = briefs.sinceLastBrief("DEU", "GHA", APR_2025, LocalDate.of(2025, 1, 1));
      assertThat(first.previous()).isNull();
      assertThat(first.since()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(texts(first.section("changes").orElseThrow()))
          .anyMatch(t -> t.startsWith("new meeting") && t.contains("Berlin"));
      long firstId = log.record(first);
      assertThat(log.shown(firstId)).hasSize(first.shown().size()).isNotEmpty();

      // Two later texts: a meeting in the autumn; the training centre's deadline passes unheard.
      ledger.write(Entente.extract(text("kumasi-training-centre.txt", LocalDate.of(2025, 6, 20))));
      ledger.write(Entente.extract(text("hostile-communique.txt", LocalDate.of(2025, 10, 2))));

      // Asked in the other order, it is the same pair and the same log.
      Brief second = briefs.sinceLastBrief("GHA", "DEU", DEC_2025, LocalDate.of(2025, 9, 1));
      assertThat(second.previous().id()).isEqualTo(firstId);
      assertThat(second.since()).isEqualTo(APR_2025);
      List<String> changes = texts(second.section("changes").orElseThrow());
      assertThat(changes)
          .anyMatch(t -> t.startsWith("pending → overdue") && t.contains("training centre"))
          .anyMatch(t -> t.startsWith("new meeting, 2 Oct 2025"))
          .noneMatch(t -> t.contains("Berlin")); // shown by the first brief, unchanged
      assertThat(second.section("changes").orElseThrow().heading())
          .isEqualTo("What changed since the last brief, as of 1 Apr 2025");
      assertThat(BriefMarkdown.write(second))
          .contains("changes since the last brief, as of 2025-04-01");
      assertCitationsResolve(second);
      long secondId = log.record(second);

      // Curation marks the centre opened: the next brief says so, and nothing else.
      long centre =
          ledger
              .queries()
              .commitments(new Queries.CommitmentFilter("GHA", null, null, null, DEC_2025))
              .stream()
              .filter(r -> r.title().contains("training centre"))
              .findFirst()
              .orElseThrow()
              .id();
      ledger
          .curation()
          .markFulfilled(centre, null, LocalDate.of(2025, 6, 20), "opened in Kumasi", "analyst");
      Brief third = briefs.sinceLastBrief("DEU", "GHA", DEC_2025, LocalDate.of(2025, 9, 1));
      assertThat(third.previous().id()).isEqualTo(secondId);
      assertThat(texts(third.section("changes").orElseThrow()))
          .singleElement()
          .satisfies(
              t ->
                  assertThat(t)
                      .startsWith("overdue → fulfilled, 20 Jun 2025")
                      .contains("training"));
      assertCitationsResolve(third);
      long thirdId = log.record(third);

      // A record rejected by curation is reported withdrawn, with its sources.
      long meeting =
          third.shown().stream()
              .filter(s -> s.type().equals("meeting") && "2025-10-02".equals(s.date()))
              .findFirst()
              .orElseThrow()
              .recordId();
      ledger.curation().reject(meeting, "analyst");
      Brief fourth = briefs.sinceLastBrief("DEU", "GHA", DEC_2025, LocalDate.of(2025, 9, 1));
      assertThat(fourth.previous().id()).isEqualTo(thirdId);
      assertThat(texts(fourth.section("changes").orElseThrow()))
          .singleElement()
          .satisfies(
              t ->
                  assertThat(t).startsWith("withdrawn meeting").endsWith("(rejected by curation)"));
      assertCitationsResolve(fourth);

      // A brief of an earlier day than any logged has no last brief; explicit days are kept.
      assertThat(
              briefs
                  .sinceLastBrief("DEU", "GHA", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 1, 1))
                  .previous())
          .isNull();
      assertThat(log.list("GHA", "DEU"))
          .extracting(BriefLog.Issued::asOf)
          .containsExactly(APR_2025, DEC_2025, DEC_2025);
      assertThat(log.list("DEU", "GHA").get(0).issuedAt()).isEqualTo("2026-01-05T09:00:00Z");

      // The past briefs, the latest issued first, and each reopened as it was measured.
      assertThat(log.recent("GHA", "DEU", 10))
          .extracting(BriefLog.Issued::id)
          .containsExactly(thirdId, secondId, firstId);
      assertThat(log.recent("GHA", null, 2))
          .extracting(BriefLog.Issued::id)
          .containsExactly(thirdId, secondId);
      assertThat(log.recent(null, null, 10)).hasSize(3);
      assertThat(log.recent("FRA", null, 10)).isEmpty();
      BriefLog.Issued issuedSecond = log.find(secondId).orElseThrow();
      assertThat(issuedSecond.records()).isEqualTo(second.shown().size()).isPositive();
      assertThat(log.find(thirdId + 100)).isEmpty();
      assertThat(log.previousOf(log.find(firstId).orElseThrow())).isEmpty();
      assertThat(log.previousOf(issuedSecond).orElseThrow().id()).isEqualTo(firstId);
      Brief again = briefs.reopen(issuedSecond);
      assertThat(again.asOf()).isEqualTo(DEC_2025);
      assertThat(again.previous().id()).isEqualTo(firstId);
      assertThat(again.section("changes").orElseThrow().heading())
          .isEqualTo("What changed since the last brief, as of 1 Apr 2025");
      assertThat(texts(again.section("changes").orElseThrow()))
          .anyMatch(t -> t.contains("training centre"));
      Brief firstAgain = briefs.reopen(log.find(firstId).orElseThrow());
      assertThat(firstAgain.previous()).isNull();
      assertThat(firstAgain.since()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertCitationsResolve(firstAgain);
    }
  }
}
