package org.entente.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.entente.store.commitments.FulfilmentScorer;
import org.entente.store.identity.ActorNames;
import org.entente.store.mechanisms.MechanismPatterns;
import org.entente.store.stories.MinHash;
import org.entente.store.stories.StoryIndex;

/**
 * Writes batches of prepared extractions through the {@link LedgerWriter}, one transaction a batch,
 * and keeps the in-memory {@link StoryIndex} in step with the store: the index is loaded from the
 * stored signatures before the first write (a ledger opened only to be read never loads it),
 * reloaded when an ingest takes the writer lock or a batch finds that another writer changed the
 * store since this one's last ({@link LedgerWriter#beginBatch}), and rebuilt when a batch fails,
 * since a rolled-back batch leaves nothing of itself in the store. Not thread-safe: used by one
 * thread at a time (the caller of {@link Ledger#write}, or an ingest's writer thread).
 */
final class BatchWriter {

  private final Db db;
  private final StoryIndex stories;
  private final LedgerWriter writer;

  /** Whether {@link #stories} holds the stored signatures (see {@link #reloadStories}). */
  private boolean storiesLoaded;

  BatchWriter(Db db, double storyThreshold, MechanismPatterns mechanismPatterns, Clock clock) {
    this.db = db;
    this.stories =
        new StoryIndex(
            storyThreshold,
            docId ->
                db.one(
                        "SELECT signature FROM doc_signatures WHERE doc_id = ?",
                        rs -> MinHash.fromBytes(rs.getBytes(1)),
                        docId)
                    .orElse(null));
    this.writer =
        new LedgerWriter(
            db, stories, ActorNames.load(), FulfilmentScorer.load(), mechanismPatterns, clock);
  }

  /** The writer underneath, for curation's writes, which open their own transactions. */
  LedgerWriter writer() {
    return writer;
  }

  /**
   * Writes {@code batch} in one transaction. If it fails, nothing of the batch is stored and the
   * in-memory story index is rebuilt from the store.
   *
   * @throws RuntimeException whatever the store or the writer threw, after the rebuild; if the
   *     rebuild fails too, its failure is suppressed in the one thrown
   */
  List<LedgerWriter.Outcome> write(List<LedgerWriter.Prepared> batch) {
    if (!storiesLoaded) {
      reloadStories();
    }
    try {
      return db.inTransaction(
          () -> {
            if (writer.beginBatch()) {
              reloadStories(); // what another writer stored since this one's last batch
            }
            List<LedgerWriter.Outcome> out = new ArrayList<>();
            for (LedgerWriter.Prepared p : batch) {
              out.add(writer.write(p));
            }
            writer.endBatch();
            return out;
          });
    } catch (RuntimeException e) {
      writer.reset();
      try {
        reloadStories();
      } catch (RuntimeException reload) {
        // The batch's failure is the one to report; the next write tries the reload again.
        storiesLoaded = false;
        e.addSuppressed(reload);
      }
      throw e;
    }
  }

  /**
   * Reads the signatures of every stored document into the story index. Only writes need them: a
   * ledger opened to be read (a server, a dossier) never loads them, which at a million documents
   * is some 200 MB of memory and seconds of start-up.
   */
  void reloadStories() {
    stories.clear();
    loadStories();
    storiesLoaded = true;
  }

  private void loadStories() {
    db.query(
        "SELECT s.doc_id, d.story_id, s.signature FROM doc_signatures s"
            + " JOIN documents d ON d.id = s.doc_id ORDER BY s.doc_id",
        rs -> {
          stories.add(rs.getString(1), rs.getString(2), MinHash.fromBytes(rs.getBytes(3)));
          return null;
        });
  }
}
