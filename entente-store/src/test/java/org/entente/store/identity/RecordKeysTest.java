package org.entente.store.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordKeysTest {

  private static Candidate agreement(String parties, String name) {
    return new Candidate(
        1, List.of(parties.split("\\+")), name, null, null, null, null, null, null);
  }

  @ParameterizedTest(name = "{0} {1} ~ {2} {3} → {4}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          AU+NOR | AU-Norway Framework Cooperation Arrangement | AU+NOR | the Framework Cooperation Arrangement | true
          AU+NOR | Ocean and Climate Compact               | AU+NOR | new Ocean and Climate Compact      | true
          AU+NOR | Ocean and Climate Compact               | AU+ISL | Ocean and Climate Compact          | false
          AU+NOR | joint communiqué                        | AU+ISL | joint statement on fisheries       | false
          AU+NOR | joint communiqué                        | AU+NOR | joint communiqué                   | false
          CHL+NZL | Charter of enhanced Pacific partnership | CHL+NZL | the Charter of enhanced Pacific partnership | true
          USA+TUR | defence and economic agreement          | TUR+USA | defence and economic cooperation agreement | true
          USA+TUR | defence and economic agreement          | TUR+GRC | defence and economic agreement     | false
          """)
  void mergesAgreementsByDistinctiveWordsAndBothParties(
      String p1, String n1, String p2, String n2, boolean same) {
    List<String> parties = List.of(p2.split("\\+")).stream().sorted().toList();
    assertThat(RecordKeys.sameAgreement(agreement(p1, n1), parties, n2)).isEqualTo(same);
  }

  @ParameterizedTest(name = "{0} ~ {1} → {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          open a consulate in Tamale        | open a joint vocational training centre | false
          open a consulate in Tamale        | open the consulate                       | true
          hold the next session in Bergen   | hold the next session of the commission  | true
          meet again                        | meet                                     | true
          """)
  void mergesCommitmentsThatShareMoreThanTheirVerb(String a, String b, boolean same) {
    List<String> parties = List.of("DEU", "GHA");
    assertThat(RecordKeys.sameAction(parties, Words.of(a), parties, Words.of(b))).isEqualTo(same);
  }

  @ParameterizedTest(name = "{0} ~ {1} → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          2020-03-01 | 2025-03-01 | true
          2020-03-01 | 2025-03-05 | true
          2020-03-01 | 2025-03-06 | false
          2020-03-01 | 2026-03-05 | false
          2026-03-05 | 2020-03-01 | false
          1987-06-01 | 2019-06-01 | false
          -          | 2019-06-01 | true
          2019-06-01 | -          | true
          -          | -          | true
          """)
  void reportsOfTheSameEraAreAtMostFiveTimes366DaysApartOnDatesAsOnEpochDays(
      String known, String day, boolean same) {
    java.time.LocalDate k = known == null ? null : java.time.LocalDate.parse(known);
    java.time.LocalDate d = day == null ? null : java.time.LocalDate.parse(day);
    assertThat(RecordKeys.sameEra(k, d)).isEqualTo(same);
    assertThat(
            RecordKeys.sameEra(
                k == null ? RecordKeys.NO_DAY : k.toEpochDay(),
                d == null ? RecordKeys.NO_DAY : d.toEpochDay()))
        .isEqualTo(same);
  }
}
