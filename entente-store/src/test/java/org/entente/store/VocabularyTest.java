package org.entente.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.entente.store.commitments.FulfilmentScorer;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static String fresh(String s) {
    return new StringBuilder(s).toString(); // a copy that is not the literal's instance
  }

  @Test
  void recordsOfOneIndexShareTheirWordsAndParties() {
    Vocabulary vocabulary = new Vocabulary();
    FulfilmentScorer scorer = FulfilmentScorer.load();
    RecordIndex.Entry[] entries = new RecordIndex.Entry[2];
    for (int i = 0; i < 2; i++) {
      entries[i] =
          new RecordIndex.Entry(
              i,
              fresh("meeting"),
              List.of(fresh("FRA"), fresh("MAR")),
              fresh("Talks on fisheries cooperation"),
              fresh("talks"),
              fresh("The ministers held talks on fisheries cooperation in Rabat."),
              "doc-" + i,
              scorer,
              vocabulary);
    }
    assertThat(entries[1].parties.get(0)).isSameAs(entries[0].parties.get(0));
    assertThat(entries[1].type).isSameAs(entries[0].type);
    assertThat(entries[0].words).isNotEmpty();
    for (String w : entries[1].words) {
      assertThat(entries[0].words.stream().filter(x -> x == w)).hasSize(1);
    }
    for (String w : entries[1].titleWords) {
      assertThat(entries[0].titleWords.stream().filter(x -> x == w)).hasSize(1);
    }
  }

  @Test
  void keepsNullAndForgetsOnClear() {
    Vocabulary vocabulary = new Vocabulary();
    assertThat(vocabulary.of(null)).isNull();
    String a = vocabulary.of(fresh("accord"));
    assertThat(vocabulary.of(fresh("accord"))).isSameAs(a);
    vocabulary.clear();
    assertThat(vocabulary.size()).isZero();
  }
}
