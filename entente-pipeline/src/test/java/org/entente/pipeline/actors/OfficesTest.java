package org.entente.pipeline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficesTest {

  private final Offices offices = Offices.defaults();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
          President,                         state
          Vice President,                    -
          former President,                  -
          then-President,                    -
          Prime Minister,                    government
          Deputy Prime Minister,             -
          Foreign Minister,                  foreign
          Minister of Foreign Affairs,       foreign
          Secretary of State,                foreign
          Minister of State,                 -
          Deputy Secretary of State,         -
          newly appointed Defense Minister,  defence
          Chancellor of the Exchequer,       finance
          Chancellor,                        government
          Minister of the Interior,          interior
          leader,                            state
          opposition leader,                 -
          spokesman,                         -
          Oil Minister,                      -
          """)
  void namesSingleHolderOffices(String role, String office) {
    assertThat(offices.officeOf(role)).isEqualTo(office);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          Foreign Minister,     true
          Prime Minister,       true
          Foreign Secretary,    true
          Secretary of State,   false
          Defense Secretary,    false
          President,            false
          King,                 true
          """)
  void knowsTitlesTheUnitedStatesNeverUses(String role, boolean neverUsa) {
    assertThat(offices.neverHeldFor(role).contains("USA")).isEqualTo(neverUsa);
  }
}
