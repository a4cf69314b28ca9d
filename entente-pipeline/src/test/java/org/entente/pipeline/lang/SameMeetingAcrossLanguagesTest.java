package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;

/**
 * A French, a Spanish and an English report of one meeting (our own fiction) give the same meeting
 * record — parties, mode and date — so that the ledger merges them into one with several sources.
 */
class SameMeetingAcrossLanguagesTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 3);

  private static Meeting onlyMeeting(String id, String title, String body) {
    Extraction e = Entente.extract(new Document(id, null, PUBLISHED, title, body));
    assertThat(e.meetings()).as(id + " meetings").hasSize(1);
    return e.meetings().get(0);
  }

  @Test
  void frenchAndEnglishReportsOfOneMeetingGiveTheSameMeeting() {
    Meeting fr =
        onlyMeeting(
            "fr",
            "Le Sénégal et le Maroc renforcent leur coopération",
            "Le ministre des Affaires étrangères du Sénégal, Amadou Diallo, s'est entretenu lundi"
                + " à Rabat avec son homologue marocain, Karim Benali. Les deux ministres ont"
                + " évoqué la sécurité au Sahel et le commerce.");
    Meeting en =
        onlyMeeting(
            "en",
            "Senegal and Morocco step up cooperation",
            "Senegalese Foreign Minister Amadou Diallo held talks with his Moroccan counterpart"
                + " Karim Benali in Rabat on Monday. The two ministers discussed security in the"
                + " Sahel and trade.");
    assertThat(fr.parties()).containsExactly("MAR", "SEN").isEqualTo(en.parties());
    assertThat(fr.mode()).isEqualTo(en.mode()).isEqualTo(Meeting.Mode.IN_PERSON);
    assertThat(fr.date()).isEqualTo(en.date());
    assertThat(fr.date().toString()).isEqualTo("2026-03-02");
  }

  @Test
  void spanishVideoConferenceIsVirtualAndDatedByItsWeekday() {
    Meeting es =
        onlyMeeting(
            "es",
            "Perú y Ecuador dialogan",
            "La ministra de Relaciones Exteriores del Perú, Lucía Paredes Soto, sostuvo una"
                + " reunión por videoconferencia con su homólogo ecuatoriano, Andrés Villacís, el"
                + " lunes 2 de marzo.");
    assertThat(es.parties()).containsExactly("ECU", "PER");
    assertThat(es.mode()).isEqualTo(Meeting.Mode.VIRTUAL);
    assertThat(es.date().toString()).isEqualTo("2026-03-02");
  }
}
