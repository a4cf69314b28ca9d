package org.entente.pipeline.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.entente.model.Commitment;
import org.junit.jupiter.api.Test;

/**
 * Undertakings coordinated under one trigger in the form of joint readouts: verb phrases that
 * repeat a verb past an infinitive inside the first, a phrase opened by "further"; a trigger parted
 * from its "to" by an aside between commas; a consensus reached to act; a name joined to "U.S." by
 * a hyphen. Invented texts, published on 28 April 2024.
 */
class CoordinatedUndertakingsTest {

  private static List<String> actions(String sentence) {
    return CommitmentExtractorTest.commitments(
            "Talks\n\nLIMA, April 26 -- Chile and Peru held talks. " + sentence,
            LocalDate.of(2024, 4, 28))
        .stream()
        .map(Commitment::action)
        .toList();
  }

  @Test
  void aVerbRepeatedPastAnInnerInfinitiveOpensAnotherUndertaking() {
    assertThat(
            actions(
                "They will continue to allow the commissions to meet, continue to carry out naval"
                    + " exchanges, and further promote cooperation on fisheries."))
        .containsExactly(
            "continue to allow the commissions to meet",
            "continue to carry out naval exchanges",
            "further promote cooperation on fisheries");
    assertThat(
            actions(
                "The two sides said they would hold a dialogue on energy, continue to advance talks"
                    + " on tariffs, hold a round of consultations on fisheries, and continue"
                    + " consular talks."))
        .hasSize(4)
        .contains("continue consular talks");
  }

  @Test
  void anInfinitiveThatTakesAListKeepsIt() {
    assertThat(actions("They agreed to ask the commission to study tariffs, quotas and visas."))
        .hasSize(1);
  }

  @Test
  void anAsideBetweenCommasStandsBetweenTheTriggerAndItsVerb() {
    assertThat(
            actions("Both sides agreed, as a first step, to set up a working group on the border."))
        .containsExactly("set up a working group on the border");
  }

  @Test
  void aConsensusReachedToActIsAnUndertaking() {
    assertThat(actions("Chile and Peru reached a consensus to reopen their consulates."))
        .containsExactly("reopen their consulates");
  }

  @Test
  void aHyphenatedNameBeforeUsKeepsTheActionWhole() {
    assertThat(actions("They agreed to develop Chile-U.S. trade in line with the accord."))
        .containsExactly("develop Chile-U.S. trade in line with the accord");
  }
}
