package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entente.model.ActorKind;
import org.entente.model.Deadline;
import org.entente.model.Document;
import org.entente.model.PartialDate;
import org.entente.store.scorecard.Outcome;
import org.entente.store.scorecard.ScoreLine;
import org.entente.store.scorecard.Scorecard;
import org.entente.store.scorecard.Scorecards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorecard of a real SQLite ledger built from invented texts with known outcomes. */
class ScorecardTest {

  @TempDir Path dir;

  private static final String RECENT =
      "France and Senegal agreed in Dakar to open a maritime training school by 30 June 2025."
          + " The two ministers also promised to publish a joint water report by March 2025.";
  private static final String OLD =
      "France and Senegal pledged in Paris to build a solar plant in Thies before the end of 2021.";

  private static Deadline deadline(Document d, String due, Deadline.Kind kind, String words) {
    return new Deadline(PartialDate.parse(due), kind, words, Fixtures.span(d, words));
  }

  private static void fill(Ledger ledger) {
    Document recent =
        new Document("fra-sen-recent", "Dakar Wire", LocalDate.of(2025, 1, 10), null, RECENT);
    Document old = new Document("fra-sen-old", "Paris Desk", LocalDate.of(2020, 2, 1), null, OLD);
    List<String> both = List.of("FRA", "SEN");
    ledger.write(
        List.of(
            Fixtures.of(recent)
                .actor("FRA", ActorKind.STATE, "France")
                .actor("SEN", ActorKind.STATE, "Senegal")
                .commitment(
                    both,
                    "open a maritime training school",
                    deadline(recent, "2025-06-30", Deadline.Kind.EXACT, "by 30 June 2025"),
                    "open a maritime training school by 30 June 2025")
                .commitment(
                    both,
                    "publish a joint water report",
                    deadline(recent, "2025-03", Deadline.Kind.LATEST, "by March 2025"),
                    "publish a joint water report by March 2025")
                .build(),
            Fixtures.of(old)
                .actor("FRA", ActorKind.STATE, "France")
                .actor("SEN", ActorKind.STATE, "Senegal")
                .commitment(
                    both,
                    "build a solar plant in Thies",
                    deadline(old, "2021", Deadline.Kind.LATEST, "before the end of 2021"),
                    "build a solar plant in Thies before the end of 2021")
                .build()));
  }

  private static long id(Ledger ledger, String word) {
    return ledger
        .queries()
        .commitments(
            new Queries.CommitmentFilter("FRA", null, null, null, LocalDate.of(2026, 1, 1)))
        .stream()
        .filter(r -> r.title().toLowerCase(Locale.ROOT).contains(word))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);

  @Test
  void scoresFulfilledOverdueAndLapsedAndFollowsTheCuratorsOutcome() {
    try (Ledger ledger = Ledger.open(dir.resolve("score.db").toString())) {
      fill(ledger);
      long school = id(ledger, "school");
      long report = id(ledger, "report");
      ledger
          .curation()
          .markFulfilled(school, null, LocalDate.of(2025, 6, 1), "the school opened", "tester");

      Scorecard pair = new Scorecards(ledger).of("FRA", "SEN", FROM, TO);
      assertThat(pair.lines())
          .extracting(ScoreLine::action, ScoreLine::outcome)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("build a solar plant in Thies", Outcome.LAPSED),
              org.assertj.core.groups.Tuple.tuple("publish a joint water report", Outcome.PENDING),
              org.assertj.core.groups.Tuple.tuple(
                  "open a maritime training school", Outcome.FULFILLED));
      assertThat(pair.score()).isEqualTo(0.0);
      assertThat(pair.lines().get(1).evidence().get(0).text())
          .contains("publish a joint water report by March 2025");
      assertThat(pair.lines().get(1).evidence().get(0).outlet()).isEqualTo("Dakar Wire");

      ledger.curation().setOutcome(report, "broken", "tester");
      Scorecard after = new Scorecards(ledger).of("FRA", "SEN", FROM, TO);
      assertThat(after.score()).isCloseTo(-1.0 / 3, org.assertj.core.data.Offset.offset(1e-3));
      assertThat(after.scoreText()).isEqualTo("−0.33");
      assertThat(after.lines().get(1).curated()).isTrue();
      assertThat(new Scorecards(ledger).of("FRA", null, FROM, TO).score()).isEqualTo(after.score());
      assertThat(new Scorecards(ledger).all(FROM, TO))
          .extracting(Scorecard::subject)
          .containsExactly("FRA", "SEN", "FRA–SEN");

      // a period holding only the old promise
      Scorecard early = new Scorecards(ledger).of("FRA", "SEN", FROM, LocalDate.of(2024, 12, 31));
      assertThat(early.lines()).extracting(ScoreLine::outcome).containsExactly(Outcome.LAPSED);
      assertThat(early.score()).isEqualTo(-1.0);

      ledger.curation().setOutcome(report, null, "tester");
      assertThat(new Scorecards(ledger).of("FRA", "SEN", FROM, TO).score()).isEqualTo(0.0);
      assertThat(ledger.curation().audit((long) report))
          .extracting(Curation.AuditEntry::action)
          .containsExactly("outcome", "outcome");
    }
  }

  @Test
  void rejectsUnknownOutcomesAndReversedPeriods() {
    try (Ledger ledger = Ledger.open(dir.resolve("bad.db").toString())) {
      fill(ledger);
      long report = id(ledger, "report");
      assertThatThrownBy(() -> ledger.curation().setOutcome(report, "sort of", "tester"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("fulfilled, partly, pending, lapsed, broken");
      assertThatThrownBy(() -> new Scorecards(ledger).of("FRA", null, TO, FROM))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
