package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.entente.model.Document;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A French and an English report of the same meeting (our own fiction), extracted by the real
 * pipeline and ingested together, make one meeting in the ledger with two sources.
 */
class CrossLanguageMeetingTest {

  @TempDir Path dir;

  private static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 3);

  @Test
  void frenchAndEnglishReportsOfOneMeetingMakeOneRecordWithTwoSources() throws Exception {
    Document fr =
        new Document(
            "fr-report",
            "test",
            PUBLISHED,
            "Le Sénégal et le Maroc renforcent leur coopération",
            "Le ministre des Affaires étrangères du Sénégal, Amadou Diallo, s'est entretenu lundi"
                + " à Rabat avec son homologue marocain, Karim Benali. Les deux ministres ont"
                + " évoqué la sécurité au Sahel et le commerce.");
    Document en =
        new Document(
            "en-report",
            "test",
            PUBLISHED,
            "Senegal and Morocco step up cooperation",
            "Senegalese Foreign Minister Amadou Diallo held talks with his Moroccan counterpart"
                + " Karim Benali in Rabat on Monday. The two ministers discussed security in the"
                + " Sahel and trade.");
    try (Ledger ledger = Ledger.open(dir.resolve("x.db").toString())) {
      ledger.write(List.of(Entente.extract(fr), Entente.extract(en)));
      List<Views.LedgerRecord> meetings =
          ledger.queries().allRecords(PUBLISHED).stream()
              .filter(r -> r.type().equals("meeting"))
              .toList();
      assertThat(meetings).hasSize(1);
      assertThat(meetings.get(0).parties()).containsExactly("MAR", "SEN");
      assertThat(meetings.get(0).sources()).hasSize(2);
    }
  }
}
