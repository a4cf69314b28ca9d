package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A time inside a phrase: an announced undertaking whose verb is parted from its object by a time
 * clause opened by "à partir de" or "a partir del" (the action goes on past it, and the time is its
 * date); a meeting verb parted from its preposition by a date ("a été reçu ce lundi 9 mars par").
 * Invented texts, published on Tuesday 10 March 2026 ({@link Readouts#PUBLISHED}).
 */
class TimeIncisesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le ministre des Affaires étrangères du Maroc, M. Karim Alami, entamera, à partir de lundi, une visite de travail de deux jours en Afrique du Sud. | entamer une visite de travail de deux jours en Afrique du Sud | 2026-03-16
          El canciller de Chile, Luis Vega, realizará, a partir del lunes, una visita oficial de dos días a Perú. | realizar una visita oficial de dos días a Perú | 2026-03-16
          """)
  void theActionGoesOnPastTheTime(String text, String action, String due) {
    Extraction e = read(text);
    assertThat(e.commitments()).extracting(Commitment::action).contains(action);
    Commitment c =
        e.commitments().stream().filter(x -> x.action().equals(action)).findFirst().orElseThrow();
    assertThat(c.deadline().due().toString()).isEqualTo(due);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          La presidenta de Chile, Ana Rojas, hará una visita oficial a México los días 13 y 14 de abril. | hacer una visita oficial a México
          El canciller de España, Luis Vega, realizará una visita oficial a Cuba los próximos 5 y 6 de abril con el objetivo de fortalecer las relaciones. | realizar una visita oficial a Cuba
          """)
  void wordsThatLeadIntoADateAreTheDatesNotTheActions(String text, String action) {
    assertThat(read(text).commitments()).extracting(Commitment::action).contains(action);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le ministre sénégalais des Affaires étrangères, M. Amadou Diallo, a été reçu ce lundi 9 mars par le président ivoirien, M. Koffi Yao. | CIV+SEN 2026-03-09
          El canciller de Ecuador, Luis Vega, se reunió el lunes 9 de marzo con su homólogo de Canadá, Paul Martin, y con la secretaria de Estado adjunta de Estados Unidos, Karen Wells. | CAN+ECU 2026-03-09; ECU+USA 2026-03-09
          """)
  void aDateInsideTheMeetingVerbDatesTheMeeting(String text, String expected) {
    assertThat(
            String.join(
                "; ",
                read(text).meetings().stream()
                    .map(m -> String.join("+", m.parties()) + " " + m.date())
                    .toList()))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le ministre sénégalais, M. Amadou Diallo, a reçu son homologue malien. Les deux ministres sont convenus ce lundi 9 mars de tenir la prochaine commission mixte à Dakar. | tenir la prochaine commission mixte à Dakar | -
          El canciller peruano, Luis Vega, recibió a su homólogo chileno. Los dos cancilleres acordaron el lunes 9 de marzo celebrar la próxima comisión mixta en Lima. | celebrar la próxima comisión mixta en Lima | -
          El canciller peruano, Luis Vega, recibió a su homólogo chileno. Los dos cancilleres acordaron celebrar el 9 de abril la próxima comisión mixta en Lima. | celebrar la próxima comisión mixta en Lima | 2026-04-09
          El canciller peruano, Luis Vega, recibió a su homólogo chileno. Se comprometieron a eliminar, antes del 31 de diciembre, los aranceles recíprocos. | eliminar los aranceles recíprocos | 2026-12-31
          """)
  void aDayBetweenTheVerbAndTheUndertakingDatesTheAgreeing(String text, String action, String due) {
    Commitment c =
        read(text).commitments().stream()
            .filter(x -> x.action().equals(action))
            .findFirst()
            .orElseThrow();
    assertThat(c.deadline() == null ? "-" : c.deadline().due().toString()).isEqualTo(due);
  }
}
