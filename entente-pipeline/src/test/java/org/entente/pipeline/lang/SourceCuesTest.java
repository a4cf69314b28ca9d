package org.entente.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.pipeline.lang.Readouts.person;
import static org.entente.pipeline.lang.Readouts.read;

import java.util.List;
import org.entente.model.Extraction;
import org.entente.model.Meeting;
import org.junit.jupiter.api.Test;

/**
 * Whose news a French or Spanish text is when its story does not say: the source that reports it,
 * and the counterpart that an official is said to have. Invented texts.
 */
class SourceCuesTest {

  @Test
  void aSourceNamedWithADemonymIsTheHomeOfBareTitles() {
    // Mali is named more often than anyone's state; the source says the text is Senegalese.
    Extraction e =
        read(
            "Le président de la République, M. Karim Belkadi, s'est entretenu samedi par téléphone"
                + " avec son homologue italien, M. Paolo Rinaldi, a rapporté la radio"
                + " sénégalaise. Les deux présidents ont évoqué la situation au Mali et le"
                + " dialogue entre les parties maliennes.");
    assertThat(person(e, "Karim Belkadi").affiliation()).isEqualTo("SEN");
    assertThat(e.meetings()).extracting(Meeting::parties).containsExactly(List.of("ITA", "SEN"));
  }

  @Test
  void aStateAgencysTagIsTheHomeOfBareTitles() {
    Extraction e =
        read(
            "Le ministre des Affaires étrangères, M. Youssef Alami, a reçu mardi l'ambassadeur du"
                + " Portugal, M. Rui Costa. Les entretiens ont porté sur la coopération entre le"
                + " Portugal et l'Union européenne. (MAP)");
    assertThat(person(e, "Youssef Alami").affiliation()).isEqualTo("MAR");
  }

  @Test
  void aCapitalAloneOnALineAtTheTopIsTheDateline() {
    // the United States is named, Ecuador is not: the dateline line says whose minister speaks
    Extraction e =
        read(
            "Ortega habla con el secretario de Estado\nEFE\nQuito\nEl ministro de Asuntos"
                + " Exteriores, Luis Ortega, ha hablado este viernes con el secretario de Estado de"
                + " Estados Unidos, John Miller.");
    assertThat(person(e, "Luis Ortega").affiliation()).isEqualTo("ECU");
  }

  @Test
  void anOfficialIsNotOfHisCounterpartsState() {
    // France is the only state named: it cannot be the minister's own
    Extraction e =
        read(
            "Le ministre des Affaires étrangères, M. Omar Haddad, s'est entretenu mercredi à"
                + " Genève avec son homologue français, M. Luc Perrin. Ils ont évoqué les"
                + " investissements de la France.");
    assertThat(person(e, "Luc Perrin").affiliation()).isEqualTo("FRA");
    assertThat(person(e, "Omar Haddad").affiliation()).isNotEqualTo("FRA");
  }

  @Test
  void aCounterpartOfAnotherOfficialLeavesTheHomeAlone() {
    Extraction e =
        read(
            "YAOUNDÉ, 19 juin – Le ministre tchadien a été reçu par le Premier ministre, M. Paul"
                + " Ndongo, à qui il a remis un message du président tchadien à son homologue"
                + " camerounais.");
    assertThat(person(e, "Paul Ndongo").affiliation()).isEqualTo("CMR");
  }

  @Test
  void demonymsThatQualifyOfficesSayWhoseOfficialsAreTheVisitors() {
    // Portugal is qualified three times ("la ministre portugaise"): its officials are the visitors'
    Extraction e =
        read(
            "Le Maroc et le Portugal ont signé mardi à Rabat douze accords de coopération. Un"
                + " protocole a été signé par le ministre de l'Industrie, Karim Alami, et la"
                + " ministre portugaise de la Mer, Ana Costa. Un autre accord a été signé par le"
                + " ministre de l'Energie, Said Bennani, et le ministre portugais de l'Economie,"
                + " Rui Silva. Un mémorandum a été signé par le ministre de la Santé, Omar Tazi, et"
                + " la secrétaire d'Etat portugaise à la Santé, Rita Lopes.");
    assertThat(person(e, "Karim Alami").affiliation()).isEqualTo("MAR");
    assertThat(person(e, "Said Bennani").affiliation()).isEqualTo("MAR");
    assertThat(person(e, "Rui Silva").affiliation()).isEqualTo("PRT");
  }
}
