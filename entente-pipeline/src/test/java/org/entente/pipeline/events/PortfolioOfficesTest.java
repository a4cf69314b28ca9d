package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Person;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;

/**
 * An organisation named in a minister's portfolio ("Foreign and CARICOM Affairs Minister") is a
 * field, not a side; a hyphenated portfolio word ("Co-operation") stays in the title; the two
 * officials after "between" stand for two sides. Invented text, published on 2 July 2021.
 */
class PortfolioOfficesTest {

  private static final String TEXT =
      "Ministers meet\n\nA cordial virtual meeting was held between Foreign and CARICOM Affairs"
          + " Minister Dr Lena Marsh and Surinamese Minister of Foreign Affairs and International"
          + " Co-operation Ravi K Doekhie on Thursday.\n\nThe Foreign and CARICOM Affairs Ministry"
          + " said the ministers reaffirmed the friendship between Trinidad and Tobago and"
          + " Suriname. CARICOM Affairs officials and Suriname's envoy attended.";

  private static Extraction read() {
    return Entente.pipeline()
        .extract(new Document("t", null, LocalDate.of(2021, 7, 2), null, TEXT));
  }

  private static Person person(Extraction e, String name) {
    return e.persons().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void theTwoOfficialsAfterBetweenAreTwoSides() {
    Extraction e = read();
    assertThat(person(e, "Ravi K Doekhie").affiliation()).isEqualTo("SUR");
    assertThat(person(e, "Ravi K Doekhie").role()).endsWith("International Co-operation");
    assertThat(person(e, "Lena Marsh").affiliation()).isEqualTo("TTO");
  }

  @Test
  void anOrganisationInAPortfolioIsNoSideOfTheMeeting() {
    assertThat(MeetingSummaries.of(TEXT, LocalDate.of(2021, 7, 2))).isEqualTo("SUR+TTO 2021-07-01");
  }
}
