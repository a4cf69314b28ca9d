package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.commitment;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/**
 * Where a French or Spanish undertaking's action ends (before a relative or purpose clause), a
 * meeting put off until further notice, and a meeting's date that is not an occasion's to come told
 * in a relative clause. Invented texts.
 */
class FrenchAndSpanishActionEndsTest {

  @Test
  void anActionEndsBeforeARelativeOrPurposeClause() {
    Extraction es =
        read(
            "Lima, 10 de marzo de 2026 – Los ministerios de Perú y Chile fijarán en abril la"
                + " fecha en la que se reunirá la comisión de pesca.");
    assertThat(commitment(es, "fijar").action()).isEqualTo("fijar la fecha");
    Extraction fr =
        read(
            "Dakar, le 10 mars 2026 – Le Sénégal et le Mali sont convenus de renforcer leurs"
                + " échanges afin de lutter contre le terrorisme.");
    assertThat(commitment(fr, "renforcer").action()).isEqualTo("renforcer leurs échanges");
  }

  @Test
  void aMeetingPutOffUntilFurtherNoticeIsNone() {
    Extraction es =
        read(
            "Lima, 10 de marzo de 2026 – La comisión mixta de Perú y Chile, prevista para el"
                + " lunes en Arica, fue aplazada hasta nuevo aviso, informó la cancillería.");
    assertThat(es.meetings()).isEmpty();
    Extraction fr =
        read(
            "Dakar, le 10 mars 2026 – La rencontre entre les présidents sénégalais et malien,"
                + " qui devait avoir lieu mardi à Kayes, a été reportée jusqu'à nouvel ordre.");
    assertThat(fr.meetings()).isEmpty();
  }

  @Test
  void aDateToComeInARelativeClauseDatesNoMeeting() {
    Extraction fr =
        read(
            "Tunis, le 10 mars 2026 – Lors de sa rencontre avec le ministre égyptien des"
                + " Affaires étrangères, M. Samir Fawzi, le ministre a évoqué la commission mixte,"
                + " qui se tiendra au Caire le 20 avril.");
    assertThat(fr.meetings()).hasSize(1);
    assertThat(fr.meetings().get(0).date().toString()).isNotEqualTo("2026-04-20");
  }

  @Test
  void aNegatedFutureOrOneDescribingAThingBindsNobody() {
    assertThat(
            read("Lima, 10 de marzo de 2026 – Los presidentes de Perú y Chile no se reunirán en"
                    + " abril.")
                .commitments())
        .isEmpty();
    assertThat(
            read("Lima, 10 de marzo de 2026 – Perú y Bolivia estudiaron el puente"
                    + " fronterizo que unirá las ciudades de Desaguadero y Puno.")
                .commitments())
        .isEmpty();
  }

  @Test
  void aFutureAfterAVerbOfSayingStillBinds() {
    Extraction es =
        read(
            "Lima, 10 de marzo de 2026 – La canciller de Perú, Ana Soto Ruiz, se reunió ayer con"
                + " su homólogo de Chile y confirmó además que visitará Chile el 26 de marzo para"
                + " firmar un acuerdo de cooperación.");
    assertThat(commitment(es, "visitar").parties()).contains("PER");
  }
}
