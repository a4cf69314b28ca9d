package org.entente.store.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LSH banding over MinHash signatures: {@value #BANDS} bands of {@value #ROWS} slots; documents
 * sharing a band bucket are candidates, and a candidate whose estimated similarity reaches {@link
 * #threshold} puts the new document into its story. With these bands, pairs at similarity 0.8 are
 * candidates with probability above 0.999, pairs at 0.3 with about 0.12.
 *
 * <p>The ledger rebuilds the index from stored signatures before it first writes, and adds each
 * document in the transaction that stores it, so the story of a document depends only on the
 * documents stored before it. Not thread-safe: the single ingest writer owns it.
 *
 * <p>Design: a million documents must fit beside the rest of the writer in a 1 GB heap, so the
 * index keeps about 170 bytes a document, in chunked primitive arrays: the low byte of each
 * signature slot and its lowest bit, one chain link per band, and the ids. The buckets are a fixed
 * table of chain heads addressed by the bucket's hash, so unrelated buckets may share a chain. A
 * candidate is first compared on its low bytes, which agree wherever the full slots agree, so no
 * document the full signatures would keep is dropped; the few that reach the threshold this way are
 * then checked on their full signatures ({@link Signatures}, read from the store and kept in a
 * small cache): the similarity and a shared bucket, exactly as an index of full signatures decided.
 * Full signatures and a map of boxed buckets, as before, come to about 2 KB a document: 2 GB at a
 * million.
 */
public final class StoryIndex {

  public static final int BANDS = 16;
  public static final int ROWS = MinHash.HASHES / BANDS;

  /** The default similarity at which two documents are one story. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  /** The full signature of an indexed document, or null when it is no longer stored. */
  @FunctionalInterface
  public interface Signatures {
    int[] of(String docId);
  }

  private static final int HEAD_BITS = 22;
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;

  /** Full signatures verified or added lately: a story's copies are compared again and again. */
  private static final int CACHED_SIGNATURES = 20_000;

  private final double threshold;
  private final Signatures stored;

  /** Per chain: its last entry plus one (0: empty). An entry is {@code doc * BANDS + band}. */
  private final int[] heads = new int[1 << HEAD_BITS];

  /** Per entry: the previous entry of its chain plus one (0: none). */
  private final List<int[]> next = new ArrayList<>();

  /** Per document: the low byte of each signature slot. */
  private final List<byte[]> lowBytes = new ArrayList<>();

  /**
   * Per document: the lowest bit of each slot, compared first with one XOR. Generated and
   * syndicated texts fill a few buckets with a few percent of all documents (boilerplate shared by
   * thousands), so every lookup walks chains that grow with the ledger; the bits turn most of them
   * away at the cost of one memory read.
   */
  private final List<long[]> lowBits = new ArrayList<>();

  /**
   * Per document: the lookup that last compared it ({@link #lookups}), so each is compared once.
   */
  private final List<int[]> lastLookup = new ArrayList<>();

  private int lookups;

  private final List<String[]> docIds = new ArrayList<>();
  private final List<String[]> storyIds = new ArrayList<>();
  private int size;

  private final Map<String, int[]> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
          return size() > CACHED_SIGNATURES;
        }
      };

  /**
   * @param stored reads the full signature of a document this index holds (called only for
   *     documents whose low bytes reach the threshold and that are not in the cache)
   */
  public StoryIndex(double threshold, Signatures stored) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("story threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
    this.stored = stored;
  }

  public double threshold() {
    return threshold;
  }

  /**
   * The story a document with this signature belongs to: the story of the most similar indexed
   * document at or above the threshold (ties: the smallest story id, so that the answer does not
   * depend on the order documents were indexed in), or null.
   */
  public String find(int[] sig, String excludeDocId) {
    long[] bands = bands(sig);
    byte[] low = lowBytes(sig);
    long bits = lowBits(sig);
    int need = (int) Math.ceil(threshold * MinHash.HASHES - 1e-9);
    int lookup = ++lookups;
    String bestStory = null;
    double bestSim = 0;
    for (int b = 0; b < BANDS; b++) {
      for (int e = heads[head(bands[b])]; e != 0; e = link(e - 1)) {
        int doc = (e - 1) / BANDS;
        int chunk = doc >>> CHUNK_BITS;
        int at = doc & (CHUNK - 1);
        int[] last = lastLookup.get(chunk);
        if (last[at] == lookup) {
          continue;
        }
        last[at] = lookup;
        // Slots that agree agree in every bit: too many differing low bits rule a document out.
        if (Long.bitCount(lowBits.get(chunk)[at] ^ bits) > MinHash.HASHES - need
            || !agreeing(doc, low, need)) {
          continue;
        }
        String id = docIds.get(doc >>> CHUNK_BITS)[doc & (CHUNK - 1)];
        if (id.equals(excludeDocId)) {
          continue;
        }
        int[] full = signature(id);
        if (full == null || !shareABucket(bands, full)) {
          continue;
        }
        double s = MinHash.similarity(sig, full);
        String story = storyIds.get(doc >>> CHUNK_BITS)[doc & (CHUNK - 1)];
        if (s >= threshold && (s > bestSim || (s == bestSim && story.compareTo(bestStory) < 0))) {
          bestStory = story;
          bestSim = s;
        }
      }
    }
    return bestStory;
  }

  public void add(String docId, String storyId, int[] sig) {
    int doc = size++;
    if ((doc & (CHUNK - 1)) == 0) {
      next.add(new int[CHUNK * BANDS]);
      lowBytes.add(new byte[CHUNK * MinHash.HASHES]);
      lowBits.add(new long[CHUNK]);
      lastLookup.add(new int[CHUNK]);
      docIds.add(new String[CHUNK]);
      storyIds.add(new String[CHUNK]);
    }
    int chunk = doc >>> CHUNK_BITS;
    int at = doc & (CHUNK - 1);
    docIds.get(chunk)[at] = docId;
    storyIds.get(chunk)[at] = storyId;
    System.arraycopy(lowBytes(sig), 0, lowBytes.get(chunk), at * MinHash.HASHES, MinHash.HASHES);
    lowBits.get(chunk)[at] = lowBits(sig);
    long[] bands = bands(sig);
    for (int b = 0; b < BANDS; b++) {
      int h = head(bands[b]);
      next.get(chunk)[at * BANDS + b] = heads[h];
      heads[h] = doc * BANDS + b + 1;
    }
    cache.put(docId, sig);
  }

  /** Forgets every document. */
  public void clear() {
    java.util.Arrays.fill(heads, 0);
    next.clear();
    lowBytes.clear();
    lowBits.clear();
    lastLookup.clear();
    lookups = 0;
    docIds.clear();
    storyIds.clear();
    cache.clear();
    size = 0;
  }

  public int size() {
    return size;
  }

  /**
   * The {@value #BANDS} bucket keys of a signature, one per band (each key mixes in its band);
   * documents sharing a key are candidates.
   */
  public static long[] bands(int[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      out[b] = bucket(sig, b);
    }
    return out;
  }

  private int[] signature(String docId) {
    int[] sig = cache.get(docId);
    if (sig == null) {
      sig = stored.of(docId);
      if (sig != null) {
        cache.put(docId, sig);
      }
    }
    return sig;
  }

  private static boolean shareABucket(long[] bands, int[] sig) {
    for (int b = 0; b < BANDS; b++) {
      if (bucket(sig, b) == bands[b]) {
        return true;
      }
    }
    return false;
  }

  /** Whether at least {@code need} slots of a document agree with {@code low} in their low byte. */
  private boolean agreeing(int doc, byte[] low, int need) {
    byte[] chunk = lowBytes.get(doc >>> CHUNK_BITS);
    int from = (doc & (CHUNK - 1)) * MinHash.HASHES;
    int differing = MinHash.HASHES - need; // the most that may differ
    for (int i = 0; i < MinHash.HASHES; i++) {
      if (chunk[from + i] != low[i] && --differing < 0) {
        return false;
      }
    }
    return true;
  }

  private static long lowBits(int[] sig) {
    long out = 0;
    for (int i = 0; i < MinHash.HASHES; i++) {
      out |= (long) (sig[i] & 1) << i;
    }
    return out;
  }

  private int link(int entry) {
    int doc = entry / BANDS;
    return next.get(doc >>> CHUNK_BITS)[(doc & (CHUNK - 1)) * BANDS + entry % BANDS];
  }

  private static byte[] lowBytes(int[] sig) {
    byte[] out = new byte[MinHash.HASHES];
    for (int i = 0; i < MinHash.HASHES; i++) {
      out[i] = (byte) sig[i];
    }
    return out;
  }

  private static int head(long bucket) {
    long h = bucket * 0x9E3779B97F4A7C15L;
    return (int) (h >>> (64 - HEAD_BITS));
  }

  private static long bucket(int[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = 0; r < ROWS; r++) {
      h = (h ^ sig[band * ROWS + r]) * 0x100000001B3L;
    }
    return h;
  }
}
