package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.stream.Collectors;
import org.entente.model.Extraction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * French and Spanish demonyms in lower case whose folded form is an English demonym ("nigérian",
 * "Nigerian"; "israelí", "Israeli"), the press's short forms ("RDC", "lao"), officials listed each
 * after their own demonym, and the members of a delegation listed after its composition. Invented
 * texts; each expectation is "name=CODE" sorted by name.
 */
class LocalDemonymsTest {

  private static String persons(String text) {
    Extraction e = read(text);
    return e.persons().stream()
        .map(p -> p.name() + "=" + p.affiliation())
        .sorted()
        .collect(Collectors.joining(", "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Le ministre des Affaires étrangères a reçu mardi à Paris le président nigérian Musa Bello pour des entretiens sur la coopération. | Musa Bello=NGA
          Le ministre des Affaires étrangères a reçu mardi à Paris le président nigérien Ali Moussa pour des entretiens sur la coopération. | Ali Moussa=NER
          Le ministre des Affaires étrangères a reçu mardi à Paris son homologue kényan, Peter Kamau, pour des entretiens sur la coopération. | Peter Kamau=KEN
          El ministro de Relaciones Exteriores recibió el martes en Madrid al canciller israelí Dan Levy para conversar sobre la cooperación. | Dan Levy=ISR
          El ministro de Relaciones Exteriores recibió el martes en Madrid al canciller pakistaní Imran Qadir para conversar sobre la cooperación. | Imran Qadir=PAK
          Le ministre belge Pierre Dumont s'est entretenu mardi avec son homologue de la RDC, Léonard Okito, sur la coopération. | Léonard Okito=COD, Pierre Dumont=BEL
          Les présidents ivoirien Kouassi Yao et ghanéen Kwame Mensah ont signé neuf accords mardi à Abidjan. | Kouassi Yao=CIV, Kwame Mensah=GHA
          Los presidentes colombiano Iván Duarte y mexicano Andrés Rivas firmaron nueve acuerdos el martes en Bogotá. | Andrés Rivas=MEX, Iván Duarte=COL
          La session a été coprésidée par le ministre vietnamien des Affaires étrangères, Tran Van Minh, et le ministre lao des Affaires étrangères Bounmy Sithong. | Bounmy Sithong=LAO, Tran Van Minh=VNM
          Le président suisse Urs Keller a reçu mardi à Berne le président français. La délégation française était composée de la ministre des Affaires étrangères, Claire Dumas, et du ministre de l'Industrie, Paul Garnier. | Claire Dumas=FRA, Paul Garnier=FRA, Urs Keller=CHE
          El presidente de Chile recibió el martes en Santiago al presidente de Perú. La delegación peruana estuvo integrada por el canciller, Jorge Soto, y la ministra de Comercio, Rosa Quispe. | Jorge Soto=PER, Rosa Quispe=PER
          Participaron el canciller de México, Luis Vega, y el Secretario de Estado interino de Estados Unidos, John J. Smith. | John J. Smith=USA, Luis Vega=MEX
          Participaron la embajadora designada en Guatemala, Ana Ruiz Soto, y el canciller de Cuba, Bruno Díaz. | Ana Ruiz Soto=CUB, Bruno Díaz=CUB
          """)
  void readsTheirStates(String text, String expected) {
    assertThat(persons(text)).isEqualTo(expected);
  }
}
