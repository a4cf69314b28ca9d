package org.entente.spark.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The candidates of a word set are the records sharing a word with it, in the order added. */
class WordIndexTest {

  @Test
  void findsTheRecordsSharingAWordInInsertionOrder() {
    WordIndex index = new WordIndex();
    index.add(Set.of("reduce", "tariffs"));
    index.add(Set.of("open", "embassy"));
    index.add(Set.of("tariffs", "steel"));
    index.add(Set.of());
    BitSet hits = index.sharing(Set.of("steel", "tariffs", "quotas"));
    assertThat(hits.stream().toArray()).containsExactly(0, 2);
    assertThat(index.sharing(Set.of("quotas")).isEmpty()).isTrue();
    assertThat(index.words(1)).containsExactlyInAnyOrder("open", "embassy");
    assertThat(index.size()).isEqualTo(4);
  }
}
