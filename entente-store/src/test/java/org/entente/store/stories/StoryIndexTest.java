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

  /**
   * A signature whose first band is {@code like}'s and whose other slots are random: documents of
   * different stories that boilerplate puts into one bucket.
   */
  private static int[] crowding(int[] like, SplittableRandom r) {
    int[] sig = random(r);
    System.arraycopy(like, 0, sig, 0, StoryIndex.ROWS);
    return sig;
  }

  /** {@code n} documents of as many stories in the first band's bucket of {@code like}. */
  private void crowd(int[] like, int n, String prefix, SplittableRandom r) {
    for (int i = 0; i < n; i++) {
      add(prefix + i, prefix + i, crowding(like, r));
    }
  }

  @Test
  void aLookupInACrowdedBucketReadsItInOrderAndComparesFewOfItsDocuments() {
    SplittableRandom r = new SplittableRandom(23);
    int[] like = random(r);
    crowd(like, 20_000, "boilerplate-", r);
    assertThat(index.find(crowding(like, r), null)).isNull();
    assertThat(index.scanned()).isGreaterThanOrEqualTo(20_000);
    assertThat(index.walked()).isLessThan(StoryIndex.BANDS * StoryIndex.CROWDED);
    assertThat(index.compared()).isLessThan(20);
  }

  @Test
  void aCopyThatSharesOnlyACrowdedBucketIsFoundHoweverManyCameAfterIt() {
    SplittableRandom r = new SplittableRandom(31);
    int[] like = random(r);
    crowd(like, 10, "before-", r); // the original is among the chain's entries when it is crowded
    int[] original = crowding(like, r);
    add("original", "original", original);
    crowd(like, 20_000, "after-", r);
    int[] copy = original.clone();
    for (int b = 1; b < StoryIndex.BANDS; b++) {
      copy[b * StoryIndex.ROWS] ^= 0x100; // one slot of every other band: 49 of 64 slots agree
    }
    assertThat(index.find(copy, null)).isEqualTo("original");
    assertThat(index.compared()).isLessThan(20);
  }

  @Test
  void aBucketCrowdedByOneStoryAndByBoilerplateStillGivesThatStory() {
    SplittableRandom r = new SplittableRandom(29);
    int[] sig = random(r);
    add("s-0", "s", sig);
    for (int i = 1; i <= 3_000; i++) {
      // the first 40 slots (ten bands) of the story's original, the rest rewritten: 0.625
      int[] copy = random(r);
      System.arraycopy(sig, 0, copy, 0, 40);
      add("s-" + i, "s", copy);
      add("boilerplate-" + i, "boilerplate-" + i, crowding(sig, r));
    }
    int[] query = sig.clone();
    for (int i = 50; i < MinHash.HASHES; i++) {
      query[i] = r.nextInt();
    }
    assertThat(index.find(query, null)).isEqualTo("s");
  }

  @Test
  void theMostSimilarDocumentWinsWhetherItsBucketIsCrowdedOrNot() {
    SplittableRandom r = new SplittableRandom(37);
    int[] query = random(r);
    crowd(query, 100, "boilerplate-", r); // the first band's bucket is a block
    int[] inBlock = edited(query, 0);
    int[] inChain = edited(query, 0);
    for (int i = StoryIndex.ROWS; i < MinHash.HASHES; i += StoryIndex.ROWS) {
      inBlock[i] ^= 0x100; // shares only the first, crowded band: 49 of 64 slots
    }
    for (int i = 0; i < MinHash.HASHES; i += StoryIndex.ROWS) {
      if (i != StoryIndex.ROWS) {
        inChain[i] ^= 0x100; // shares only the second band: 49 of 64 slots
      }
    }
    inChain[StoryIndex.ROWS + 5] ^= 0x100; // 48
    add("in-block", "block-story", inBlock);
    add("in-chain", "chain-story", inChain);
    assertThat(index.find(query, null)).isEqualTo("block-story");
    inChain[StoryIndex.ROWS + 5] ^= 0x100; // 49, as similar: the smaller story id
    add("in-chain-2", "a-chain-story", inChain);
    assertThat(index.find(query, null)).isEqualTo("a-chain-story");
  }

  @ParameterizedTest
  @CsvSource({
    "25, 1, a", "26, 1, ''", // the lowest bit, the first of the block's two
    "25, 2, a", "26, 2, ''", // the second
    "25, 256, a", "26, 256, ''" // neither: only the low byte (and the full slot) tell
  })
  void aCopyInACrowdedBucketIsFoundAtTheThresholdWhateverBitsItsSlotsDifferIn(
      int changed, int bit, String story) {
    SplittableRandom r = new SplittableRandom(41);
    int[] sig = random(r);
    crowd(sig, 1000, "boilerplate-", r);
    add("a", "a", sig);
    crowd(sig, 1000, "more-", r);
    int[] copy = sig.clone();
    for (int i = MinHash.HASHES - changed; i < MinHash.HASHES; i++) {
      copy[i] = sig[i] ^ bit; // the first band, the crowded one, stays
    }
    assertThat(index.find(copy, null)).isEqualTo(story.isEmpty() ? null : story);
  }
}
