package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Agreement;
import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/** Instruments listed by their fields after one plural name, in French and Spanish. */
class InstrumentListsTest {

  @Test
  void frenchFieldsAfterAPluralNameAreOneAgreementEach() {
    Extraction e =
        read(
            "Le Niger et le Tchad ont signé mardi à Niamey des accords de coopération dans les"
                + " domaines de l'élevage, de la santé animale et de la transhumance, du transport"
                + " et de l'hydraulique.");
    assertThat(e.agreements())
        .extracting(Agreement::name)
        .containsExactly(
            "accords de coopération dans les domaines de l'élevage",
            "accords de coopération dans les domaines de la santé animale et de la transhumance",
            "accords de coopération dans les domaines du transport",
            "accords de coopération dans les domaines de l'hydraulique");
    assertThat(e.agreements())
        .allSatisfy(a -> assertThat(a.parties()).containsExactly("NER", "TCD"));
  }

  @Test
  void spanishFieldsAfterAPluralNameAreOneAgreementEach() {
    Extraction e =
        read(
            "Uruguay y Paraguay firmaron el viernes memorandos de entendimiento en materia de"
                + " turismo y de educación superior.");
    assertThat(e.agreements())
        .extracting(Agreement::name)
        .containsExactly(
            "memorandos de entendimiento en materia de turismo",
            "memorandos de entendimiento en materia de educación superior");
  }

  @Test
  void aTitledInstrumentAfterAnArticleIsANewOneEndingAtItsTitle() {
    Extraction e =
        read(
            "Costa Rica y Panamá firmaron el lunes un Memorando de Entendimiento sobre Turismo"
                + " Sostenible y Ecológico. Por su parte, el Memorando de Entendimiento sobre"
                + " Cooperación Cultural y Artística prevé el intercambio de artistas.");
    assertThat(e.agreements())
        .extracting(Agreement::name)
        .containsExactly(
            "Memorando de Entendimiento sobre Turismo Sostenible",
            "Memorando de Entendimiento sobre Cooperación Cultural");
  }

  @Test
  void agreeingIsNoAgreementButAListOfAgreementsIs() {
    assertThat(read("Ils sont tombés d'accord sur la date et le lieu.").agreements()).isEmpty();
    assertThat(
            read("Il s'agit d'accords de coopération dans le domaine de la pêche et de la"
                    + " santé, signés par le Sénégal et la Gambie.")
                .agreements())
        .extracting(Agreement::name)
        .contains("accords de coopération dans le domaine de la pêche");
  }

  @Test
  void aPluralWithoutCountNameOrSignedFieldsIsAKindOfThingNotAnInstrument() {
    assertThat(
            read("San Salvador, 9 de marzo de 2026 – El Salvador y Honduras firmaron el lunes"
                    + " acuerdos comerciales con sus vecinos.")
                .agreements())
        .isEmpty();
    assertThat(
            read("Tunis, le 9 mars 2026 – Les ministres tunisien et marocain ont évoqué des"
                    + " partenariats dans les domaines de la pêche et de l’énergie solaire.")
                .agreements())
        .isEmpty();
  }

  @Test
  void aCountBeforeAnotherAdjectiveStillCountsThePlural() {
    Extraction e =
        read(
            "Cotonou, le 9 mars 2026 – Le Bénin et le Togo ont paraphé lundi trois nouveaux"
                + " accords dans les domaines de la pêche et de la santé.");
    assertThat(e.agreements())
        .extracting(Agreement::name)
        .contains("accords dans les domaines de la pêche", "accords dans les domaines de la santé");
  }
}
