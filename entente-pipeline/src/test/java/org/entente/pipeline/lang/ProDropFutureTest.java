package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.junit.jupiter.api.Test;

/** Spanish undertakings whose subject is left unsaid, the future verb opening the sentence. */
class ProDropFutureTest {

  private static final String VISIT =
      "La presidenta de Honduras, Marta Aguilar, llegó hoy a Guatemala en visita oficial, donde fue"
          + " recibida por el vicepresidente guatemalteco, Tomás Ixcot.\n\n";

  @Test
  void aFutureVerbOpeningTheSentenceIsAnUndertakingOfTheVisit() {
    Extraction e =
        read(VISIT + "Inaugurará además un puente sobre el río fronterizo de ambos países.");
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .anySatisfy(
            a ->
                assertThat(a)
                    .startsWith("inaugurar")
                    .contains("un puente sobre el río fronterizo"));
    assertThat(e.commitments()).allSatisfy(c -> assertThat(c.parties()).contains("GTM", "HND"));
  }

  @Test
  void aNameEndingLikeAFutureVerbIsNoVerb() {
    Extraction e =
        read(VISIT + "Durán y Ixcot conversaron sobre la frontera común durante la mañana.");
    assertThat(e.commitments()).isEmpty();
  }

  @Test
  void whatTheSidesMayDoLaterIsNoUndertaking() {
    Extraction es = read(VISIT + "Las dos delegaciones podrán revisar la agenda más adelante.");
    assertThat(es.commitments()).isEmpty();
    Extraction fr =
        read(
            "Le ministre togolais des Affaires étrangères, M. Paul Agbéko, a reçu lundi à Lomé son"
                + " homologue béninois, M. Jean Houngbo.\n\nLes deux commissions pourront donner"
                + " un nouvel élan aux échanges.");
    assertThat(fr.commitments()).isEmpty();
  }
}
