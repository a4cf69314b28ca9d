package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Span;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;

/**
 * A French page whose UTF-8 was read as windows-1252 ("Ã©" for "é") is repaired, read as French,
 * and its evidence still points into the text as given.
 */
class MisEncodedFrenchTest {

  private static final String TEXT =
      "Le ministre des Affaires étrangères du Sénégal, Amadou Diallo, s'est entretenu lundi à"
          + " Rabat avec son homologue marocain, Karim Benali. Les deux ministres ont signé une"
          + " feuille de route sur la formation professionnelle « dans l'intérêt des deux pays ».";

  @Test
  void repairsAndReadsMisEncodedFrench() {
    String damaged =
        new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
    assertThat(damaged).contains("Ã©");
    Document doc = new Document("fr-moji", null, LocalDate.of(2026, 3, 3), null, damaged);
    Extraction e = Entente.extract(doc);
    assertThat(e.language()).isEqualTo("fr");
    assertThat(e.meetings()).hasSize(1);
    assertThat(e.meetings().get(0).parties()).containsExactly("MAR", "SEN");
    assertThat(e.agreements()).extracting(a -> a.kind().name()).contains("ROADMAP");
    for (Span s : e.meetings().get(0).spans()) {
      assertThat(s.end()).isLessThanOrEqualTo(damaged.length());
      assertThat(s.start()).isGreaterThanOrEqualTo(0);
    }
  }
}
