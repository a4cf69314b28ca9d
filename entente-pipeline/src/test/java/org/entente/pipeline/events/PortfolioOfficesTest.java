package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.model.Person;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Test;

/**
 * An organisation named in a minister's portfolio ("Trade and ASEAN Affairs Minister") is a field,
 * not a side; a hyphenated portfolio word ("Co-operation") stays in the title; the two officials
 * after "between" stand for two sides. Invented text, published on 2 July 2021.
 */
class PortfolioOfficesTest {

  private static final String TEXT =
      "Ministers confer\n\nTalks were held by video link between Trade and ASEAN Affairs"
          + " Minister Dr Lena Marsh and Surinamese Minister of Trade and Regional Co-operation"
          + " Ravi K Doekhie on Thursday.\n\nThe Trade and ASEAN Affairs Ministry said the"
          + " ministers discussed shipping between Trinidad and Tobago and Suriname. ASEAN"
          + " Affairs officials and Suriname's envoy attended.";

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
    assertThat(person(e, "Ravi K Doekhie").role()).endsWith("Regional Co-operation");
    assertThat(person(e, "Lena Marsh").affiliation()).isEqualTo("TTO");
  }

  @Test
  void anOrganisationInAPortfolioIsNoSideOfTheMeeting() {
    assertThat(MeetingSummaries.of(TEXT, LocalDate.of(2021, 7, 2))).isEqualTo("SUR+TTO 2021-07-01");
  }
}
