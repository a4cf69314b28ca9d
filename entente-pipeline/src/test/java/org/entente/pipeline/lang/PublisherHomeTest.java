package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Entente;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A text that never names its own state: the site it was published on does ("the Foreign Minister"
 * of a Ghanaian ministry's site is Ghana's). Invented texts and addresses.
 */
class PublisherHomeTest {

  private static String affiliation(String source, String text, String name) {
    Extraction e =
        Entente.pipeline().extract(new Document("t", source, LocalDate.of(2026, 3, 4), null, text));
    return e.persons().stream()
        .filter(p -> p.name().equals(name))
        .map(p -> String.valueOf(p.affiliation()))
        .findFirst()
        .orElse("not found");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          https://www.mfa.gov.gh/news/1 | The Minister for Foreign Affairs, Kofi Boateng, held talks on Monday with his Kenyan counterpart, Amina Odhiambo, on trade and security. | Kofi Boateng | GHA
          https://www.aps.example.dz/politique/1 | Le ministre des Affaires étrangères, M. Karim Belkadi, s'est entretenu lundi avec son homologue italien, M. Paolo Rinaldi, sur la coopération énergétique. | Karim Belkadi | DZA
          https://www.cancilleria.gob.pe/noticias/1 | El canciller Luis Vega Soto sostuvo el lunes una reunión con su homólogo de Brasil, Paulo Mendes, sobre el comercio bilateral. | Luis Vega Soto | PER
          """)
  void theSiteOfPublicationIsTheHomeOfBareTitles(
      String source, String text, String name, String expected) {
    assertThat(affiliation(source, text, name)).isEqualTo(expected);
    // the same text from an address that says nothing: not that state
    assertThat(affiliation("https://www.example.com/world/1", text, name)).isNotEqualTo(expected);
  }
}
