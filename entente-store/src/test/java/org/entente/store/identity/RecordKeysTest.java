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
          EU+MAR | EU-Morocco Association Agreement        | EU+MAR | the Association Agreement          | true
          EU+MAR | Strategic and Comprehensive Partnership | EU+MAR | new Strategic and Comprehensive Partnership | true
          EU+MAR | Strategic and Comprehensive Partnership | EU+TUN | Strategic and Comprehensive Partnership | false
          EU+MAR | joint communiqué                        | EU+TUN | joint statement on migration      | false
          EU+MAR | joint communiqué                        | EU+MAR | joint communiqué                   | false
          FRA+MAR | Declaration of reinforced exceptional partnership | FRA+MAR | the Declaration of reinforced exceptional partnership | true
          USA+TUR | defence and economic agreement          | TUR+USA | defence and economic cooperation agreement | true
          USA+TUR | defence and economic agreement          | TUR+GRC | defence and economic agreement     | false
          """)
  void mergesAgreementsByDistinctiveWordsAndBothParties(
      String p1, String n1, String p2, String n2, boolean same) {
    List<String> parties = List.of(p2.split("\\+")).stream().sorted().toList();
    assertThat(RecordKeys.sameAgreement(agreement(p1, n1), parties, n2)).isEqualTo(same);
  }
}
