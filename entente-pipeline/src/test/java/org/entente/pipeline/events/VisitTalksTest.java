package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A visit and the talks held during it are one meeting, the talks'; talks long after a visit, or
 * between other sides, stay apart. Invented texts, published on 24 April 2026.
 */
class VisitTalksTest {

  private static String meetings(String body) {
    return MeetingSummaries.of("Visit\n\n" + body, LocalDate.of(2026, 4, 24));
  }

  @Test
  void theTalksDuringAVisitAreTheVisitsMeeting() {
    assertThat(
            meetings(
                "Ghanaian President Ama Owusu paid a state visit to Chile from 20 to 23 April"
                    + " 2026. On 22 April 2026, Owusu and Chilean President Luis Vega held talks"
                    + " in Santiago."))
        .isEqualTo("CHL+GHA 2026-04-22");
  }

  @Test
  void talksWeeksAfterAVisitAreAnotherMeeting() {
    assertThat(
            meetings(
                "Ghanaian President Ama Owusu paid a state visit to Chile on 2 March 2026."
                    + " Owusu and Chilean President Luis Vega held talks in Accra on 22 April"
                    + " 2026."))
        .isEqualTo("CHL+GHA 2026-03-02; CHL+GHA 2026-04-22");
  }
}
