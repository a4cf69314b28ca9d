package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.model.Diagnostic;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|The foreign minister met his counterpart in Rabat on Monday and said that the talks were useful.",
        "fr|Le ministre des Affaires étrangères s'est entretenu avec son homologue et les deux pays ont signé un accord.",
        "es|El canciller se reunió con su homólogo y los dos países firmaron un memorando de entendimiento para la cooperación.",
        "de|Der Außenminister traf seinen Amtskollegen und die beiden Länder unterzeichneten ein Abkommen über die Zusammenarbeit.",
        "pt|O ministro das Relações Exteriores se reuniu com o seu homólogo e os dois países assinaram um acordo para a cooperação.",
        "en|Short.",
        // short French that shares function words with Spanish: English is far behind
        // one short sentence: its article, weekday or office word tells it
        "es|El titular de la cartera de Pesca, Ana Vega, firmó un memorando.",
        "fr|Le ministre a reçu son homologue malien mardi à Dakar.",
        "en|The minister met his counterpart in La Paz on Monday.",
        "en|Le Monde reported that the minister met his counterpart in Paris.",
        "fr|Alger, le 10 mars – Le ministre algérien, M. Ali Saadi, a reçu lundi son homologue suisse. Il a été convenu que la prochaine session se tiendra à Berne en 2027.",
      })
  void tellsTheLanguageOfNewsText(String expected, String text) {
    assertThat(LanguageDetector.defaults().detect(text)).isEqualTo(expected);
  }

  @Test
  void aLanguageEntenteDoesNotReadGetsADiagnosticAndNoRecords() {
    Extraction e =
        Entente.extract(
            new Document(
                "de-1",
                null,
                null,
                "Außenminister trifft Amtskollegen",
                "Der Außenminister traf am Montag in Berlin seinen Amtskollegen aus Frankreich. Die"
                    + " beiden Minister unterzeichneten ein Abkommen über die Zusammenarbeit und"
                    + " vereinbarten, sich im nächsten Monat wieder zu treffen."));
    assertThat(e.language()).isEqualTo("de");
    assertThat(e.meetings()).isEmpty();
    assertThat(e.diagnostics())
        .anyMatch(d -> d.severity() == Diagnostic.Severity.WARNING && d.message().contains("(de)"));
  }

  @Test
  void forcedLanguageWins() {
    Extraction e =
        Entente.newPipeline(Language.FR)
            .extract(new Document("x", null, null, null, "The minister met his counterpart."));
    assertThat(e.language()).isEqualTo("fr");
  }
}
