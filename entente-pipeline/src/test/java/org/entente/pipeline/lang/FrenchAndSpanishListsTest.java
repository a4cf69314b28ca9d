package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Commitment;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Joint communiqués that set out what the sides agreed as a list after a colon, one invented text
 * each: every item is an undertaking of the sides, and the session told before the list is a
 * meeting although an undertaking is joined to it by "et" or "y".
 */
class FrenchAndSpanishListsTest {

  @Test
  void eachItemOfAFrenchListIsAnUndertakingOfTheSides() {
    Extraction e =
        read(
            "Communiqué conjoint\n\nNouakchott, le 3 octobre 2025. Les ministres des Affaires"
                + " étrangères de la Mauritanie et du Mali ont tenu le 2 octobre la cinquième"
                + " session de la grande commission mixte et sont convenus de :\n\n- signer, au"
                + " plus tard en mars 2026, un accord sur le pastoralisme ;\n- créer au premier"
                + " trimestre 2026 un comité de suivi ;\n- tenir la sixième session à Bamako en"
                + " 2026.\n");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("MLI", "MRT"));
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .containsExactly(
            "signer un accord sur le pastoralisme",
            "créer un comité de suivi",
            "tenir la sixième session à Bamako");
    assertThat(e.commitments())
        .allSatisfy(c -> assertThat(c.parties()).containsExactly("MLI", "MRT"));
    assertThat(e.commitments().get(0).deadline().due().toString()).isEqualTo("2026-03-31");
  }

  @Test
  void eachNumberedItemOfASpanishListIsAnUndertakingOfTheSides() {
    Extraction e =
        read(
            "Comunicado conjunto\n\nTegucigalpa, 3 de octubre de 2025. Los vicecancilleres de"
                + " Honduras y de El Salvador celebraron el 2 de octubre la II Reunión del"
                + " Mecanismo de Consultas Políticas y acordaron:\n\n1. Firmar en marzo de 2026"
                + " un convenio de cooperación aduanera.\n2. Celebrar la III Reunión del"
                + " Mecanismo en San Salvador en 2026.\n\nAmbas partes expresaron su deseo de"
                + " ampliar el comercio.\n");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("HND", "SLV"));
    assertThat(e.commitments())
        .extracting(Commitment::action)
        .containsExactly(
            "Firmar un convenio de cooperación aduanera",
            "Celebrar la III Reunión del Mecanismo en San Salvador");
    assertThat(e.commitments().get(1).deadline().due().toString()).isEqualTo("2026-12-31");
  }
}
