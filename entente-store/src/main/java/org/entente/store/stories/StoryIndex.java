package org.entente.store.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * LSH banding over MinHash signatures: {@value #BANDS} bands of {@value #ROWS} slots; documents
 * sharing a band bucket are candidates, and a candidate whose estimated similarity reaches {@link
 * #threshold} puts the new document into its story. With these bands, pairs at similarity 0.8 are
 * candidates with probability above 0.999, pairs at 0.3 with about 0.12.
 *
 * <p>The ledger keeps the band buckets of stored documents in its store ({@link #bands}), so that
 * its memory does not grow with the ledger; this index holds the documents of the transaction being
 * written, which the store cannot be asked about before they are flushed. Not thread-safe: the
 * single ingest writer owns it.
 */
public final class StoryIndex {

  public static final int BANDS = 16;
  public static final int ROWS = MinHash.HASHES / BANDS;

  /** The default similarity at which two documents are one story. */
  public static final double DEFAULT_THRESHOLD = 0.6;

  private final double threshold;
  private final Map<Long, List<Integer>> buckets = new HashMap<>();
  private final List<String> docIds = new ArrayList<>();
  private final List<String> storyIds = new ArrayList<>();
  private final List<int[]> signatures = new ArrayList<>();

  public StoryIndex(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("story threshold must be in (0, 1]: " + threshold);
    }
    this.threshold = threshold;
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
    Match m = best(sig, excludeDocId);
    return m == null ? null : m.storyId();
  }

  /** A document's story and how similar the document found is (see {@link #find}). */
  public record Match(String storyId, double similarity) {

    /** Whether this match wins over {@code other} (null: no match), as {@link #find} chooses. */
    public boolean beats(Match other) {
      return other == null
          || similarity > other.similarity
          || (similarity == other.similarity && storyId.compareTo(other.storyId) < 0);
    }
  }

  /**
   * The match {@link #find} chooses: the most similar indexed document at or above the threshold,
   * or null.
   */
  public Match best(int[] sig, String excludeDocId) {
    int best = -1;
    double bestSim = 0;
    for (int b = 0; b < BANDS; b++) {
      List<Integer> hits = buckets.get(bucket(sig, b));
      if (hits == null) {
        continue;
      }
      for (int i : hits) {
        if (docIds.get(i).equals(excludeDocId)) {
          continue;
        }
        double s = MinHash.similarity(sig, signatures.get(i));
        if (s >= threshold
            && (s > bestSim
                || (s == bestSim && storyIds.get(i).compareTo(storyIds.get(best)) < 0))) {
          best = i;
          bestSim = s;
        }
      }
    }
    return best < 0 ? null : new Match(storyIds.get(best), bestSim);
  }

  public void add(String docId, String storyId, int[] sig) {
    int i = docIds.size();
    docIds.add(docId);
    storyIds.add(storyId);
    signatures.add(sig);
    for (int b = 0; b < BANDS; b++) {
      buckets.computeIfAbsent(bucket(sig, b), k -> new ArrayList<>(1)).add(i);
    }
  }

  /** Forgets every document. */
  public void clear() {
    buckets.clear();
    docIds.clear();
    storyIds.clear();
    signatures.clear();
  }

  public int size() {
    return docIds.size();
  }

  /**
   * The {@value #BANDS} bucket keys of a signature, one per band (each key mixes in its band, so
   * one column can hold them all); documents sharing a key are candidates.
   */
  public static long[] bands(int[] sig) {
    long[] out = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      out[b] = bucket(sig, b);
    }
    return out;
  }

  private static long bucket(int[] sig, int band) {
    long h = band * 0x9E3779B97F4A7C15L;
    for (int r = 0; r < ROWS; r++) {
      h = (h ^ sig[band * ROWS + r]) * 0x100000001B3L;
    }
    return h;
  }
}
