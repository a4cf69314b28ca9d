package org.entente.pipeline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The state a document's address is published under. Invented addresses. */
class PublisherStateTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "none",
      textBlock =
          """
          https://www.mfa.gov.gh/news/talks-1                | GHA
          http://diplomatie.gouv.fr/fr/actualites/2026/3     | FRA
          https://EXAMPLE-AGENCY.SN/politique?id=4           | SEN
          https://www.gov.uk/government/news/readout         | GBR
          https://press.europa.eu/statement/2026             | EU
          https://cancilleria.gov.co/newsroom/visita         | COL
          https://news.example.co/story                      | none
          https://daily.example.tv/world/1                   | none
          https://www.example.com/world/1                    | none
          https://www.example.int/world/1                    | none
          https://www.example.zz/world/1                     | none
          reuters21578                                       | none
          https://exa mple.gh/x                              | none
          http:///no-host                                    | none
          """)
  void readsTheCountryDomain(String source, String expected) {
    assertThat(PublisherState.of(source)).isEqualTo(expected);
  }
}
