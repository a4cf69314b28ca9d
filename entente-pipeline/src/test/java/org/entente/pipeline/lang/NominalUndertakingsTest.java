package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Undertakings agreed as a noun ("ont convenu de la tenue de …", "acordaron la celebración de …")
 * with words between the trigger, the article and the noun, and "as soon as possible" as a time
 * that sets no date. Invented texts.
 */
class NominalUndertakingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le Sénégal et la Gambie ont convenu de la tenue, dans les meilleurs délais, de la 5e session de leur commission mixte à Dakar. | 5e session | dans les meilleurs délais
          Los cancilleres de Chile y Perú acordaron la pronta celebración de la comisión mixta en Lima. | comisión mixta | -
          Los gobiernos de Chile y Perú acordaron este martes el establecimiento de un gabinete binacional. | gabinete binacional | -
          Los cancilleres de Chile y Perú se comprometieron a reunir la comisión mixta a la mayor brevedad. | comisión mixta | a la mayor brevedad
          Ghana and Togo agreed to hold the next session of their joint commission as soon as possible. | joint commission | as soon as possible
          """)
  void readsTheUndertaking(String text, String object, String dueText) {
    Extraction e = read(text);
    assertThat(e.commitments()).extracting(Commitment::action).anyMatch(a -> a.contains(object));
    Commitment c =
        e.commitments().stream().filter(x -> x.action().contains(object)).findFirst().orElseThrow();
    assertThat(c.parties()).hasSize(2);
    if (dueText.equals("-")) {
      assertThat(c.deadline()).isNull();
    } else {
      assertThat(c.deadline().due()).isNull();
      assertThat(c.deadline().text()).isEqualTo(dueText);
    }
  }
}
