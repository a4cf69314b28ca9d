package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Commitment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Spanish future with "se": the subject acting on itself keeps its pronoun ("se reunirá" is
 * "reunirse"), the passive does not ("se firmará el acuerdo" is "firmar el acuerdo"); a French
 * infinitive keeps its own ("convenu de se soutenir"). Invented texts.
 */
class PronominalFutureTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          El canciller de Chile, Luis Vega, se reunirá el martes en Lima con su homólogo peruano, Jorge Soto. | reunirse
          El acuerdo de Chile y Perú sobre pesca se firmará el martes en Lima. | firmar
          """)
  void readsTheInfinitive(String text, String verb) {
    assertThat(read(text).commitments())
        .extracting(Commitment::action)
        .anyMatch(a -> a.startsWith(verb + " "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le Vietnam et le Laos ont convenu de se soutenir mutuellement au sein des forums multilatéraux. | se soutenir mutuellement au sein des forums multilatéraux
          Le Mali et le Niger ont convenu de s'entraider dans la lutte contre le terrorisme. | s'entraider dans la lutte contre le terrorisme
          """)
  void aFrenchPronominalInfinitiveKeepsItsPronoun(String text, String action) {
    assertThat(read(text).commitments()).extracting(Commitment::action).contains(action);
  }
}
