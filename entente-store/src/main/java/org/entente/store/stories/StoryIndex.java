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
 *
 * <p>Crowded buckets: boilerplate (a dateline, a sentence every outlet uses) and templated texts
 * fill a few buckets with a few percent of all documents, mostly of different stories, and the
 * document a new one is most similar to may be years back in them. Walking such a chain cost three
 * scattered memory reads an entry, and a low-byte compare for most (their lowest bits agree as
 * often as not): 64% of the writer at 330,000 documents. So a chain that reaches {@value #CROWDED}
 * entries becomes a block: its entries, and each one's {@value #PLANES} lowest bits of every slot,
 * in two arrays read in order. Those bits turn away all but about 1% of a crowded bucket's
 * documents (at 200,000 generated documents; the lowest bit alone let 80% through), which are
 * compared as before. Every entry is still compared, so the stories are exactly those of whole
 * chains (bench/story-replay.sh replays a ledger and counts the documents whose story would
 * differ); a lookup costs a few nanoseconds per entry of the crowded buckets it shares instead of
 * hundreds. A block takes 28 bytes an entry (and room to grow); at 200,000 generated documents 1.6
 * entries a document are in blocks, about 45 bytes a document.
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

  /** Entries at which a chain becomes a block (see the class comment). */
  static final int CROWDED = 32;

  /** The lowest bits of every slot a block keeps per entry, one long each. */
  private static final int PLANES = 3;

  private static final int HEAD_BITS = 22;
  private static final int CHUNK_BITS = 14;
  private static final int CHUNK = 1 << CHUNK_BITS;

  /** Full signatures verified or added lately: a story's copies are compared again and again. */
  private static final int CACHED_SIGNATURES = 20_000;

  private final double threshold;
  private final Signatures stored;

  /**
   * Per chain: its last entry plus one (0: empty), or, once crowded, minus one minus its block's
   * index in {@link #blocks}. An entry is {@code doc * BANDS + band}.
   */
  private final int[] heads = new int[1 << HEAD_BITS];

  /** Per chain, while it is one: its entries (fewer than {@value #CROWDED}). */
  private final byte[] lengths = new byte[1 << HEAD_BITS];

  /** The crowded chains' entries, read in order. */
  private final List<Block> blocks = new ArrayList<>();

  /** Per entry: the previous entry of its chain plus one (0: none). */
  private final List<int[]> next = new ArrayList<>();

  /** Per document: the low byte of each signature slot. */
  private final List<byte[]> lowBytes = new ArrayList<>();

  /**
   * Per document: the lowest bit of each slot, compared first with one XOR when a chain is walked
   * (blocks keep their own copy, beside more bits).
   */
  private final List<long[]> lowBits = new ArrayList<>();

  /**
   * Per document: the lookup that last compared it ({@link #lookups}), so each is compared once.
   */
  private final List<int[]> lastLookup = new ArrayList<>();

  private int lookups;

  /** What the last lookup read: chain entries, block entries, documents compared on low bytes. */
  private int walked;

  private int scanned;
  private int compared;

  /** The last lookup's best story so far and its similarity. */
  private String bestStory;

  private double bestSim;

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
    long[] planes = planes(sig);
    int need = (int) Math.ceil(threshold * MinHash.HASHES - 1e-9);
    int lookup = ++lookups;
    bestStory = null;
    bestSim = 0;
    walked = 0;
    scanned = 0;
    compared = 0;
    for (int b = 0; b < BANDS; b++) {
      int first = heads[head(bands[b])];
      if (first < 0) {
        Block block = blocks.get(-first - 1);
        scanned += block.size;
        long[] inBlock = block.bits;
        for (int i = 0, p = 0; i < block.size; i++, p += PLANES) {
          // Slots that agree agree in these bits: too many differing slots rule a document out.
          long differ = 0;
          for (int k = 0; k < PLANES; k++) {
            differ |= inBlock[p + k] ^ planes[k];
          }
          if (Long.bitCount(differ) <= MinHash.HASHES - need) {
            compare(block.entries[i] / BANDS, sig, bands, low, need, excludeDocId);
          }
        }
        continue;
      }
      for (int e = first; e != 0; e = link(e - 1)) {
        walked++;
        consider((e - 1) / BANDS, sig, bands, low, bits, need, lookup, excludeDocId);
      }
    }
    String story = bestStory;
    bestStory = null;
    return story;
  }

  /** A chain's document: compared with the one looked up once a lookup, if its low bits allow. */
  private void consider(
      int doc,
      int[] sig,
      long[] bands,
      byte[] low,
      long bits,
      int need,
      int lookup,
      String excludeDocId) {
    int chunk = doc >>> CHUNK_BITS;
    int at = doc & (CHUNK - 1);
    int[] last = lastLookup.get(chunk);
    if (last[at] == lookup) {
      return;
    }
    last[at] = lookup;
    // Slots that agree agree in every bit: too many differing low bits rule a document out.
    if (Long.bitCount(lowBits.get(chunk)[at] ^ bits) <= MinHash.HASHES - need) {
      compare(doc, sig, bands, low, need, excludeDocId);
    }
  }

  /**
   * Compares a document with the one looked up: on the low bytes, then the full signatures. A
   * block's document that passed its bits comes here directly, without the chains' once-a-lookup
   * mark (one scattered read less; comparing one twice changes nothing).
   */
  private void compare(
      int doc, int[] sig, long[] bands, byte[] low, int need, String excludeDocId) {
    compared++;
    if (!agreeing(doc, low, need)) {
      return;
    }
    int chunk = doc >>> CHUNK_BITS;
    int at = doc & (CHUNK - 1);
    String id = docIds.get(chunk)[at];
    if (id.equals(excludeDocId)) {
      return;
    }
    int[] full = signature(id);
    if (full == null || !shareABucket(bands, full)) {
      return;
    }
    double s = MinHash.similarity(sig, full);
    String story = storyIds.get(chunk)[at];
    if (s >= threshold && (s > bestSim || (s == bestSim && story.compareTo(bestStory) < 0))) {
      bestStory = story;
      bestSim = s;
    }
  }

  /** Chain entries the last {@link #find} walked: fewer than {@value #CROWDED} a band. */
  public int walked() {
    return walked;
  }

  /** Block entries the last {@link #find} read. */
  public int scanned() {
    return scanned;
  }

  /** Documents the last {@link #find} compared on their low bytes. */
  public int compared() {
    return compared;
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
      int entry = doc * BANDS + b;
      if (heads[h] < 0) {
        blocks.get(-heads[h] - 1).add(entry, planes(sig));
        continue;
      }
      next.get(chunk)[at * BANDS + b] = heads[h];
      heads[h] = entry + 1;
      if (++lengths[h] == CROWDED) {
        crowd(h);
      }
    }
    cache.put(docId, sig);
  }

  /** Turns a chain into a block of its entries, oldest first. */
  private void crowd(int h) {
    int[] chain = new int[CROWDED];
    int n = 0;
    for (int e = heads[h]; e != 0; e = link(e - 1)) {
      chain[n++] = e - 1;
    }
    Block block = new Block();
    for (int i = n - 1; i >= 0; i--) {
      int doc = chain[i] / BANDS;
      byte[] low = lowBytes.get(doc >>> CHUNK_BITS);
      int from = (doc & (CHUNK - 1)) * MinHash.HASHES;
      long[] planes = new long[PLANES];
      for (int k = 0; k < MinHash.HASHES; k++) {
        for (int p = 0; p < PLANES; p++) {
          planes[p] |= (long) ((low[from + k] >> p) & 1) << k;
        }
      }
      block.add(chain[i], planes);
    }
    blocks.add(block);
    heads[h] = -blocks.size();
    lengths[h] = 0;
  }

  /** Forgets every document. */
  public void clear() {
    java.util.Arrays.fill(heads, 0);
    java.util.Arrays.fill(lengths, (byte) 0);
    blocks.clear();
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

  /** The {@value #PLANES} lowest bits of every slot, one long per bit. */
  private static long[] planes(int[] sig) {
    long[] out = new long[PLANES];
    for (int i = 0; i < MinHash.HASHES; i++) {
      for (int p = 0; p < PLANES; p++) {
        out[p] |= (long) ((sig[i] >>> p) & 1) << i;
      }
    }
    return out;
  }

  /** A crowded chain's entries and the {@value #PLANES} lowest bits of their every slot. */
  private static final class Block {
    int size;
    int[] entries = new int[2 * CROWDED];
    long[] bits = new long[2 * CROWDED * PLANES];

    void add(int entry, long[] planes) {
      if (size == entries.length) {
        entries = java.util.Arrays.copyOf(entries, 2 * size);
        bits = java.util.Arrays.copyOf(bits, 2 * size * PLANES);
      }
      entries[size] = entry;
      System.arraycopy(planes, 0, bits, size * PLANES, PLANES);
      size++;
    }
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
