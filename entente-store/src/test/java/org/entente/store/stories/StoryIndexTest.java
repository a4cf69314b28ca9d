package org.entente.store.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryIndexTest {

  private final Map<String, int[]> store = new HashMap<>();
  private final StoryIndex index = new StoryIndex(0.6, store::get);

  private static int[] random(SplittableRandom r) {
    int[] sig = new int[MinHash.HASHES];
    for (int i = 0; i < sig.length; i++) {
      sig[i] = r.nextInt();
    }
    return sig;
  }

  /** A copy of {@code sig} whose first {@code changed} slots differ. */
  private static int[] edited(int[] sig, int changed) {
    int[] out = sig.clone();
    for (int i = 0; i < changed; i++) {
      out[i] = sig[i] + 0x1000; // another value whose low byte is the same
    }
    return out;
  }

  private void add(String id, String story, int[] sig) {
    store.put(id, sig);
    index.add(id, story, sig);
  }

  @Test
  void findsTheStoryOfTheMostSimilarDocumentAmongManyStored() {
    SplittableRandom r = new SplittableRandom(7);
    int[] original = random(r);
    add("original", "original", original);
    for (int i = 0; i < 30_000; i++) { // more than the index caches: the rest is read back
      add("other-" + i, "other-" + i, random(r));
    }
    add("copy", "original", edited(original, 8));
    add("closer", "closer-story", edited(original, 4));
    assertThat(index.find(edited(original, 2), null)).isEqualTo("closer-story");
    assertThat(index.find(edited(original, 2), "closer")).isEqualTo("original");
    assertThat(index.find(random(r), null)).isNull();
  }

  @Test
  void aDocumentAgreeingOnlyInTheLowBytesOfItsSlotsIsNoCopy() {
    SplittableRandom r = new SplittableRandom(11);
    int[] sig = random(r);
    add("a", "a", sig);
    // Every slot but the last band's differs above its low byte: same low bytes, similarity 4/64.
    assertThat(index.find(edited(sig, MinHash.HASHES - StoryIndex.ROWS), null)).isNull();
    assertThat(index.find(edited(sig, 24), null)).isEqualTo("a"); // 40/64 slots agree
  }

  @ParameterizedTest
  @CsvSource({"25, a", "26, ''"}) // 39 of 64 slots agree: 0.609; 38: 0.594
  void aCopyIsFoundAtTheThresholdWhateverBitsItsSlotsDifferIn(int changed, String story) {
    SplittableRandom r = new SplittableRandom(19);
    int[] sig = random(r);
    for (int i = 0; i < 1000; i++) {
      add("other-" + i, "other-" + i, random(r));
    }
    add("a", "a", sig);
    int[] copy = sig.clone();
    for (int i = 0; i < changed; i++) {
      copy[i] = sig[i] ^ 1; // differs in the lowest bit and the low byte
    }
    assertThat(index.find(copy, null)).isEqualTo(story.isEmpty() ? null : story);
  }

  @Test
  void aDocumentNoLongerStoredIsNoCopy() {
    SplittableRandom r = new SplittableRandom(13);
    int[] sig = random(r);
    for (int i = 0; i < 30_000; i++) {
      add("other-" + i, "other-" + i, random(r));
    }
    add("gone", "gone", sig);
    for (int i = 0; i < 30_000; i++) { // pushes "gone" out of the cache
      add("more-" + i, "more-" + i, random(r));
    }
    store.remove("gone");
    assertThat(index.find(sig, null)).isNull();
  }

  @Test
  void equallySimilarDocumentsGiveTheSmallestStoryWhateverTheOrder() {
    SplittableRandom r = new SplittableRandom(17);
    int[] sig = random(r);
    add("b", "story-b", edited(sig, 4));
    add("a", "story-a", edited(sig, 4));
    assertThat(index.find(sig, null)).isEqualTo("story-a");
  }
}
