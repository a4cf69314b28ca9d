package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Extraction;
import org.entente.model.Person;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A French or Spanish title goes on over the adjectives of its office, singular or plural, in lower
 * case after the head or a portfolio ("vicepresidenta ejecutiva", "asesor de seguridad nacional",
 * "délégué général") and capitalised after a capitalised portfolio ("secretario de Asuntos
 * Estratégicos"): the name comes after them. Invented texts.
 */
class OfficeAdjectivesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          La vicepresidenta ejecutiva de Venezuela, Ana Rojas, recibió este martes en Caracas al canciller cubano, Pedro Díaz, para repasar la agenda de cooperación. | Ana Rojas | vicepresidenta ejecutiva de Venezuela | VEN
          El canciller cubano, Pedro Díaz, se reunió este martes en Caracas con el asesor de seguridad nacional de Venezuela, Luis Mora, para repasar la agenda bilateral. | Luis Mora | asesor de seguridad nacional de Venezuela | VEN
          El canciller cubano, Pedro Díaz, se reunió este martes en Caracas con el secretario de Asuntos Estratégicos de Venezuela, Mario Paz, para repasar la agenda bilateral. | Mario Paz | secretario de Asuntos Estratégicos de Venezuela | VEN
          Le ministre malien des Affaires étrangères, Amadou Traoré, a reçu mardi à Bamako le délégué général du Niger, Issa Moussa, pour faire le point sur la coopération. | Issa Moussa | délégué général du Niger | NER
          # a counterpart may be a "similar"; "the country" takes an adjective; "Prof" is an honorific
          El canciller mexicano Juan Soto sostuvo este miércoles una llamada telefónica con su similar de Chile, Ana Rojas, para preparar la visita. | Ana Rojas | similar de Chile | CHL
          El canciller chileno, Juan Soto, inició su gira en Cuba, donde mantuvo un encuentro con el jefe de la diplomacia del país caribeño, Pedro Díaz, y con otros funcionarios. | Pedro Díaz | jefe de la diplomacia del país caribeño | -
          Le ministre malien des Affaires étrangères, Prof Amadou Traoré, a reçu mardi à Bamako le délégué général du Niger pour faire le point sur la coopération. | Amadou Traoré | ministre malien des Affaires étrangères | MLI
          """)
  void theTitleTakesTheAdjectivesOfItsOffice(
      String text, String name, String role, String affiliation) {
    Extraction e = read(text);
    Person p = person(e, name);
    assertThat(p.role()).isEqualTo(role);
    if (!affiliation.equals("-")) {
      assertThat(p.affiliation()).isEqualTo(affiliation);
    }
  }
}
