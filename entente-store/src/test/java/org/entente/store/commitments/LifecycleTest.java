package org.entente.store.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Deadline;
import org.entente.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LifecycleTest {

  @ParameterizedTest(name = "due {0}, last heard {1}, as of {2} → {3}")
  @CsvSource({
    "1987-04-16, 1987-03-06, 1987-05-01, OVERDUE",
    "1987-04-16, 1987-03-06, 1989-04-16, OVERDUE",
    "1987-04-16, 1987-03-06, 1989-04-18, LAPSED",
    "1987-04-16, 1987-03-06, 2026-12-04, LAPSED",
    "2025-12-31, 2026-03-01, 2027-12-31, OVERDUE",
    "2025-12-31, 2026-03-01, 2028-03-02, LAPSED",
    "2026-03-15, 2025-11-10, 2026-12-04, OVERDUE",
    "2027-06-30, 2025-11-10, 2026-12-04, PENDING",
  })
  void anOverdueCommitmentLapsesTwoYearsAfterItsDeadlineAndItsLastNews(
      String due, String lastHeard, String asOf, CommitmentStatus expected) {
    List<StatusEvent> h =
        Lifecycle.defaults()
            .history(
                List.of(),
                Deadline.Kind.EXACT,
                PartialDate.parse(due),
                LocalDate.parse(lastHeard),
                LocalDate.parse(asOf));
    CommitmentStatus now = h.isEmpty() ? CommitmentStatus.PENDING : h.get(h.size() - 1).status();
    assertThat(now).isEqualTo(expected);
    if (expected == CommitmentStatus.LAPSED) {
      assertThat(h)
          .extracting(StatusEvent::status)
          .containsExactly(CommitmentStatus.OVERDUE, CommitmentStatus.LAPSED);
      assertThat(h.get(1).reason()).startsWith("overdue since").contains("nothing heard since");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "0987-04-06, 0987-04-06",
    "2025-12, 2025-12",
    "0033, 0033",
    "XXXX-03-05, XXXX-03-05",
  })
  void theOverdueReasonWritesTheDeadlineAsTheLedgerDoes(String due, String written) {
    PartialDate d = PartialDate.parse(due);
    assertThat(d).hasToString(written);
    assertThat(PartialDate.parse(d.toString())).isEqualTo(d);
    List<StatusEvent> h =
        Lifecycle.defaults()
            .history(List.of(), Deadline.Kind.LATEST, d, null, LocalDate.of(2026, 12, 4));
    if (d.year() != null) {
      assertThat(h.get(0).reason()).startsWith("deadline " + written + " (latest) passed");
    }
  }

  @org.junit.jupiter.api.Test
  void aNegativeYearKeepsItsSignInTheWidth() {
    assertThat(new PartialDate(-5, 3, null)).hasToString("-005-03");
  }
}
