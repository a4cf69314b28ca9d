package org.entente.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entente.store.stories.MinHash;
import org.entente.store.stories.StoryIndex;

/**
 * Finds the story of a new document among the stored documents and those of the transaction being
 * written, with the memory of one transaction whatever the size of the ledger.
 *
 * <p>Design: each stored document has one {@code doc_bands} row per LSH band bucket ({@link
 * StoryIndex#bands}). A lookup reads the stored documents sharing a bucket with the new one, with
 * their signatures and stories, and compares them as {@link StoryIndex} does; the documents written
 * earlier in the same transaction, whose rows may still be queued ({@link Db#updateDeferred}), are
 * in a small {@link StoryIndex} emptied at every batch. Keeping every signature and bucket in
 * memory instead ran out of a 1 GB heap before a million documents (1M signatures, 16M buckets).
 * Not thread-safe: owned by the single ingest writer.
 */
final class StoredStories {

  private static final String CANDIDATES =
      "SELECT b.doc_id, d.story_id, s.signature FROM doc_bands b"
          + " JOIN documents d ON d.id = b.doc_id JOIN doc_signatures s ON s.doc_id = b.doc_id"
          + " WHERE b.band IN ("
          + String.join(", ", Collections.nCopies(StoryIndex.BANDS, "?"))
          + ")";

  /** Documents read per query when filling the buckets of a ledger that has none. */
  private static final int BACKFILL_PAGE = 2000;

  private final Db db;
  private final double threshold;
  private final StoryIndex batch;

  StoredStories(Db db, double threshold) {
    this.db = db;
    this.threshold = threshold;
    this.batch = new StoryIndex(threshold);
  }

  /**
   * The story of a document with this signature (see {@link StoryIndex#find}): the story of the
   * most similar document stored or written earlier in this batch, other than {@code docId}; null
   * when none reaches the threshold.
   */
  String find(int[] sig, String docId) {
    StoryIndex.Match best = batch.best(sig, docId);
    Object[] args = new Object[StoryIndex.BANDS];
    long[] bands = StoryIndex.bands(sig);
    for (int b = 0; b < bands.length; b++) {
      args[b] = bands[b];
    }
    // The batch's own queued rows are in `batch`: reading without running them first keeps them
    // queued (PostgreSQL receives the batch's documents as a few multi-row INSERTs).
    List<StoryIndex.Match> stored =
        db.queryStored(
            CANDIDATES,
            rs -> {
              String id = rs.getString(1);
              if (id.equals(docId)) {
                return null;
              }
              double s = MinHash.similarity(sig, MinHash.fromBytes(rs.getBytes(3)));
              return s >= threshold ? new StoryIndex.Match(rs.getString(2), s) : null;
            },
            args);
    for (StoryIndex.Match m : stored) {
      if (m != null && m.beats(best)) {
        best = m;
      }
    }
    return best == null ? null : best.storyId();
  }

  /** Records a document written in this batch, queuing its bucket rows. */
  void add(String docId, String storyId, int[] sig) {
    batch.add(docId, storyId, sig);
    for (long band : distinct(StoryIndex.bands(sig))) {
      db.updateDeferred("INSERT INTO doc_bands (band, doc_id) VALUES (?, ?)", band, docId);
    }
  }

  /** Removes the buckets of a stored document, before its signature is deleted. */
  void remove(String docId) {
    db.one(
            "SELECT signature FROM doc_signatures WHERE doc_id = ?",
            rs -> MinHash.fromBytes(rs.getBytes(1)),
            docId)
        .ifPresent(
            sig -> {
              for (long band : distinct(StoryIndex.bands(sig))) {
                db.update("DELETE FROM doc_bands WHERE band = ? AND doc_id = ?", band, docId);
              }
            });
  }

  /** Forgets the batch's documents: called when the batch commits or rolls back. */
  void endBatch() {
    batch.clear();
  }

  /**
   * Fills the buckets of a ledger written before they were kept (signatures but no buckets), in the
   * caller's transaction. A ledger has either every document's buckets or none: both are written in
   * the transaction that stores the document, and this fills them in one.
   */
  void backfillIfMissing() {
    boolean missing =
        db.one("SELECT 1 FROM doc_signatures", rs -> 1).isPresent()
            && db.one("SELECT 1 FROM doc_bands", rs -> 1).isEmpty();
    if (!missing) {
      return;
    }
    String after = "";
    while (true) {
      List<Object[]> rows = new ArrayList<>();
      List<String> ids =
          db.query(
              "SELECT doc_id, signature FROM doc_signatures WHERE doc_id > ? ORDER BY doc_id"
                  + " LIMIT "
                  + BACKFILL_PAGE,
              rs -> {
                String id = rs.getString(1);
                for (long band : distinct(StoryIndex.bands(MinHash.fromBytes(rs.getBytes(2))))) {
                  rows.add(new Object[] {band, id});
                }
                return id;
              },
              after);
      if (ids.isEmpty()) {
        return;
      }
      db.batch("INSERT INTO doc_bands (band, doc_id) VALUES (?, ?)", rows);
      after = ids.get(ids.size() - 1);
    }
  }

  /** The keys once each: two bands of one document may, however rarely, hash alike. */
  private static Set<Long> distinct(long[] bands) {
    Set<Long> out = new HashSet<>(bands.length * 2);
    for (long b : bands) {
      out.add(b);
    }
    return out;
  }
}
