package org.entente.pipeline.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.model.Agreement;
import org.entente.model.Commitment;
import org.entente.model.Document;
import org.entente.model.EventCode;
import org.entente.model.Location;
import org.entente.model.Meeting;
import org.entente.pipeline.Analysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCoderTest {

  private static final EventCoder CODER = new EventCoder();

  @ParameterizedTest(name = "{0} {1} {2} in {3}")
  @CsvSource(
      nullValues = "null",
      textBlock =
          """
          FRA MAR, IN_PERSON, meeting,          Rabat,      040,  CONSULT
          FRA MAR, IN_PERSON, talks,            Rabat,      046,  CONSULT
          FRA MAR, IN_PERSON, visit,            Paris,      042,  CONSULT
          FRA MAR, IN_PERSON, host,             Rabat,      043,  CONSULT
          FRA MAR, IN_PERSON, summit,           Geneva,     044,  CONSULT
          FRA MAR, IN_PERSON, meeting,          Geneva,     044,  CONSULT
          FRA MAR, IN_PERSON, talks,            Geneva,     046,  CONSULT
          FRA MAR, IN_PERSON, null,             null,       040,  CONSULT
          EU MAR,  IN_PERSON, meeting,          Geneva,     040,  CONSULT
          SUN USA, IN_PERSON, talks,            Moscow,     046,  CONSULT
          SUN USA, IN_PERSON, meeting,          Moscow,     040,  CONSULT
          FRA MAR, PHONE,     meeting,          null,       041,  CONSULT
          FRA MAR, PHONE,     phone_call,       null,       041,  CONSULT
          FRA MAR, VIRTUAL,   video_conference, null,       040,  CONSULT
          """)
  void codesMeetingsByKindModeAndPlace(
      String parties, Meeting.Mode mode, String kind, String place, String cameo, String plover) {
    Location where = place == null ? null : gazetteerCity(place);
    Meeting m =
        new Meeting(List.of(parties.split(" ")), mode, kind, place, where, null, null, List.of());
    assertThat(CODER.code(m)).isEqualTo(new EventCode(cameo, plover));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "null",
      textBlock =
          """
          SIGNED,     057,  SUPPORT
          IN_FORCE,   057,  SUPPORT
          AGREED,     057,  SUPPORT
          ADOPTED,    057,  SUPPORT
          REVISED,    057,  SUPPORT
          PROPOSED,   030,  AGREE
          SUSPENDED,  160,  SANCTION
          REFERENCED, null, null
          """)
  void codesAgreementsByStatus(Agreement.Status status, String cameo, String plover) {
    Agreement a =
        new Agreement(
            List.of("FRA", "MAR"),
            "roadmap",
            Agreement.Kind.ROADMAP,
            status,
            null,
            null,
            List.of());
    assertThat(CODER.code(a)).isEqualTo(new EventCode(cameo, plover));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          hold talks on trade,                          036,  AGREE
          meet again next month,                        036,  AGREE
          organise a dialogue on fisheries,             036,  AGREE
          sign the agreement,                           032,  AGREE
          provide humanitarian aid to Gaza,             0333, AGREE
          supply military aid worth $1 billion,         0332, AGREE
          provide patrol vessels,                       033,  AGREE
          grant loans of 500 million euros,             0331, AGREE
          invest $20 billion over 10 years,             0311, AGREE
          buy more farm goods,                          0311, AGREE
          impose tariffs,                               1312, THREATEN
          expel the diplomats,                          166,  SANCTION
          release the prisoners,                        0353, AGREE
          settle the border dispute,                    037,  AGREE
          hold elections,                               034,  AGREE
          set up a joint working group,                 030,  AGREE
          """)
  void codesCommitmentsByTheirActionWords(String action, String cameo, String plover) {
    Commitment c = new Commitment(List.of("FRA", "MAR"), action, null, null, null, List.of());
    assertThat(CODER.code(c)).isEqualTo(new EventCode(cameo, plover));
  }

  /** One event told in English, French and Spanish (our own sentences) gets the same codes. */
  @Test
  void frenchAndSpanishReportsOfOneEventGetTheCodesOfTheEnglishOne() {
    java.time.LocalDate day = java.time.LocalDate.of(2026, 5, 12);
    List<String> texts =
        List.of(
            "Ghanaian Foreign Minister Kofi Asante held talks with his Peruvian counterpart Rosa"
                + " Quispe in Accra on Monday. The two ministers agreed to hold a summit in Lima"
                + " next year.",
            "Le ministre ghanéen des Affaires étrangères, Kofi Asante, s'est entretenu lundi à"
                + " Accra avec son homologue péruvienne, Rosa Quispe. Les deux ministres sont"
                + " convenus de tenir un sommet à Lima l'an prochain.",
            "El canciller de Ghana, Kofi Asante, mantuvo el lunes en Accra conversaciones con su homóloga"
                + " peruana, Rosa Quispe. Ambos ministros acordaron celebrar una cumbre en Lima el"
                + " próximo año.");
    List<List<String>> codes = new java.util.ArrayList<>();
    for (String text : texts) {
      org.entente.model.Extraction x =
          org.entente.pipeline.Entente.extract(
              new org.entente.model.Document("d", "test", day, null, text));
      List<String> these = new java.util.ArrayList<>();
      x.meetings().forEach(m -> these.add("meeting " + m.code().cameo() + " " + m.code().plover()));
      x.commitments()
          .forEach(c -> these.add("commitment " + c.code().cameo() + " " + c.code().plover()));
      codes.add(these);
    }
    assertThat(codes.get(0)).contains("meeting 046 CONSULT", "commitment 036 AGREE");
    assertThat(codes.get(1)).as("French").isEqualTo(codes.get(0));
    assertThat(codes.get(2)).as("Spanish").isEqualTo(codes.get(0));
  }

  @Test
  void replacesEveryRecordWithACodedCopyAndKeepsExistingCodes() {
    Analysis a = new Analysis(new Document("t", null, null, null, "x"));
    EventCode given = new EventCode("045", "CONSULT");
    a.meetings()
        .add(
            new Meeting(
                List.of("FRA", "MAR"),
                Meeting.Mode.PHONE,
                "phone_call",
                null,
                null,
                null,
                null,
                List.of()));
    a.meetings()
        .add(
            new Meeting(
                List.of("FRA", "MAR"),
                Meeting.Mode.IN_PERSON,
                "talks",
                null,
                null,
                null,
                given,
                List.of()));
    a.agreements()
        .add(
            new Agreement(
                List.of("FRA", "MAR"),
                "treaty",
                Agreement.Kind.TREATY,
                Agreement.Status.SIGNED,
                null,
                null,
                List.of()));
    a.commitments()
        .add(new Commitment(List.of("FRA", "MAR"), "meet in May", null, null, null, List.of()));
    CODER.process(a);
    assertThat(a.meetings().get(0).code()).isEqualTo(new EventCode("041", "CONSULT"));
    assertThat(a.meetings().get(1).code()).isSameAs(given);
    assertThat(a.agreements().get(0).code()).isEqualTo(new EventCode("057", "SUPPORT"));
    assertThat(a.commitments().get(0).code()).isEqualTo(new EventCode("036", "AGREE"));
  }

  @ParameterizedTest
  @CsvSource({
    "missing-status.tsv, proposed",
    "unknown-kind.tsv, brunch",
    "bad-cameo.tsv, 40",
    "unknown-plover.tsv, CHAT"
  })
  void failsOnABadTableNamingFileAndValue(String file, String value) {
    assertThatThrownBy(() -> CodeTable.load(getClass(), file))
        .hasMessageContaining(file)
        .hasMessageContaining(value);
  }

  @Test
  void givesEveryCameoCodeItsPloverTypeByTheConversionTable() {
    // CAMEO2PLOVER-2021: 03 AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 16 SANCTION,
    // 1312 THREATEN.
    for (var line :
        org.entente.pipeline.resources.ResourceFile.read(CodeTable.class, "codes.tsv")) {
      String cameo = line.field(2);
      String plover = line.field(3);
      if (cameo.equals("-")) {
        continue;
      }
      String expected =
          cameo.startsWith("1312")
              ? "THREATEN"
              : switch (cameo.substring(0, 2)) {
                case "03" -> "AGREE";
                case "04" -> "CONSULT";
                case "05" -> "SUPPORT";
                case "06" -> "COOPERATE";
                case "07" -> "AID";
                case "16" -> "SANCTION";
                default -> "?";
              };
      assertThat(plover).as(line.file() + ":" + line.number()).isEqualTo(expected);
    }
  }

  private static Location gazetteerCity(String name) {
    return org.entente.pipeline.gazetteer.Gazetteer.defaults().city(name).orElseThrow();
  }
}
