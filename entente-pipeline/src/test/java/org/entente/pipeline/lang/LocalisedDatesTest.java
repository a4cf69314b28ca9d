package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Document;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.lang.extract.LocalDateStage;
import org.entente.pipeline.time.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** French and Spanish time words read against a publication date, with their kinds. */
class LocalisedDatesTest {

  /** Thursday 21 August 2025. */
  private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 21);

  private static List<DateMention> dates(String lang, String text) {
    Analysis a = new Analysis(new Document("t", null, PUBLISHED, null, text));
    new LocalDateStage(Lexicon.of(Language.of(lang).orElseThrow())).process(a);
    return a.dates();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|Ils se retrouveront le 12 mars.|le 12 mars|2026-03-12|EXACT",
        "fr|La session aura lieu les 16 et 17 avril.|les 16 et 17 avril|2026-04-17|EXACT",
        "fr|Le texte sera signé d'ici la fin de l'année.|d'ici la fin de l'année|2025-12-31|LATEST",
        "fr|La réunion se tiendra le mois prochain.|le mois prochain|2025-09-30|LATEST",
        "fr|Le chantier débutera au second semestre.|au second semestre|2025-12-31|LATEST",
        "fr|Il se rendra à Dakar lundi.|lundi|2025-08-25|EXACT",
        "fr|Il arrive le mardi 1er décembre 2020.|le mardi 1er décembre 2020|2020-12-01|EXACT",
        "fr|La visite aura lieu en juin prochain.|en juin prochain|2026-06-30|LATEST",
        "fr|Les deux pays en discuteront prochainement.|prochainement||VAGUE",
        "es|La cumbre será el próximo mes.|el próximo mes|2025-09-30|LATEST",
        "es|Se reunirán el próximo jueves 4 de septiembre.|el próximo jueves 4 de septiembre|2025-09-04|EXACT",
        "es|La cumbre será el próximo mes de octubre.|el próximo mes de octubre|2025-10-31|LATEST",
        "es|Visitará México antes de fin de año.|antes de fin de año|2025-12-31|LATEST",
        "es|Firmarán el 3 de julio de 2025.|el 3 de julio de 2025|2025-07-03|EXACT",
        "es|Llegarán la próxima semana.|la próxima semana|2025-08-31|LATEST",
        "es|La cumbre se realizará mañana jueves.|mañana jueves|2025-08-22|EXACT",
        "es|Se reunió con su homólogo este miércoles.|este miércoles|2025-08-20|EXACT",
        "es|Se reunirán en las próximas semanas.|en las próximas semanas||VAGUE",
        "es|Abrirá la embajada dentro de 30 días.|dentro de 30 días|2025-09-20|LATEST",
        "fr|Le poste rouvrira d'ici la fin du mois.|d'ici la fin du mois|2025-08-31|LATEST",
        "fr|Le pont sera livré avant la fin du mois prochain.|avant la fin du mois prochain|2025-09-30|LATEST",
        "fr|La session se tiendra d'ici fin 2027.|d'ici fin 2027|2027-12-31|LATEST",
        "fr|Le forum aura lieu au premier semestre de l'année prochaine.|au premier semestre de l'année prochaine|2026-06-30|LATEST",
        "es|El paso reabrirá a finales de este mes.|a finales de este mes|2025-08-31|LATEST",
        "fr|Ils finaliseront l'accord avant la fin du troisième trimestre.|avant la fin du troisième trimestre|2025-09-30|LATEST",
        "es|Firmarán antes de finales del cuarto trimestre.|antes de finales del cuarto trimestre|2025-12-31|LATEST",
        "es|La comisión sesionará antes de fin de 2026.|antes de fin de 2026|2026-12-31|LATEST",
        // "ce" / "este" before a weekday and a full date: the date, not the weekday nearest
        "fr|Il a reçu, ce mardi 14 mai 2024, le ministre.|ce mardi 14 mai 2024|2024-05-14|EXACT",
        "es|Lo recibió este martes 14 de mayo de 2024.|este martes 14 de mayo de 2024|2024-05-14|EXACT",
      })
  void resolvesAgainstPublicationDate(
      String lang, String text, String words, String due, String kind) {
    List<DateMention> found = dates(lang, text);
    assertThat(found).as(text).hasSize(1);
    DateMention d = found.get(0);
    assertThat(d.text()).isEqualTo(words);
    assertThat(d.due() == null ? null : d.due().toString()).isEqualTo(due);
    assertThat(d.kind().name()).isEqualTo(kind);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "fr|La réunion est prévue en septembre prochain.|2025-09",
        "fr|La visite aura lieu en juin prochain.|2026-06",
        "fr|La réunion s'est tenue en juin.|2025-06",
        "es|La cumbre será en junio próximo.|2026-06",
      })
  void aMonthSaidToBeNextIsAheadInEveryReading(String lang, String text, String point) {
    List<DateMention> found = dates(lang, text);
    assertThat(found).as(text).hasSize(1);
    assertThat(found.get(0).pointDate().toString()).isEqualTo(point);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "es|Los ministros se reunieron en la mañana de este miércoles.|este miércoles",
        "fr|Le Mali et la Mauritanie ont signé six accords.|",
        // a weekday inside a city's name
        "es|La tercera reunión se celebró en Santo Domingo en noviembre de 2023.|en noviembre de 2023",
      })
  void readsNoDateWhereThereIsNone(String lang, String text, String only) {
    List<DateMention> found = dates(lang, text);
    if (only == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).extracting(DateMention::text).containsExactly(only);
    }
  }
}
