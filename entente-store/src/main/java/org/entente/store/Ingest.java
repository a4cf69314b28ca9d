package org.entente.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.intake.SkipReport;

/**
 * The ingest of a ledger: reads the intake's documents, skips those whose content hash is stored,
 * extracts (and signs) the others on a pool, and stores them in order on a single writer thread in
 * batches of {@link Ledger.IngestOptions#batchSize} documents, one transaction each ({@link
 * BatchWriter}). A run holds the ledger's {@link WriterLock} from start to end.
 *
 * <p>Design: the calling thread reads the input and hands each document's pending extraction (a
 * {@link Future}) to a bounded queue, in input order, so that the writer stores documents in the
 * order they were read whatever order the pool finishes them in. A sentinel future ends the queue.
 * A writer failure is recorded, empties the queue and stops the reading thread at its next
 * document.
 *
 * <p>Not thread-safe: one run at a time per ledger, from the ledger's thread; each run starts and
 * ends its own extraction pool and writer thread.
 */
final class Ingest {

  private final Db db;
  private final Path file;
  private final BatchWriter batches;

  /**
   * @param file the ledger's SQLite file, null for PostgreSQL (see {@link WriterLock#acquire})
   */
  Ingest(Db db, Path file, BatchWriter batches) {
    this.db = db;
    this.file = file;
    this.batches = batches;
  }

  /**
   * Reads, extracts and stores every document of {@code input} (closed here); see {@link
   * Ledger#ingest(Stream, Pipeline, Ledger.IngestOptions, Ledger.IngestListener, SkipReport)}.
   *
   * @throws StoreException when the store fails; batches committed before stay
   */
  Views.IngestStats run(
      Stream<ReadResult> input,
      Pipeline pipeline,
      Ledger.IngestOptions options,
      Ledger.IngestListener listener,
      SkipReport skips) {
    try (input;
        WriterLock lock = WriterLock.acquire(db, file, listener::waiting)) {
      // What another writer stored while this one waited.
      batches.reloadStories();
      return runLocked(input, pipeline, options, listener, skips);
    }
  }

  private Views.IngestStats runLocked(
      Stream<ReadResult> input,
      Pipeline pipeline,
      Ledger.IngestOptions options,
      Ledger.IngestListener listener,
      SkipReport skips) {
    long t0 = System.nanoTime();
    Map<String, String> known = new HashMap<>();
    db.query(
        "SELECT id, content_hash FROM documents",
        rs -> known.put(rs.getString(1), rs.getString(2)));
    AtomicLong read = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long[] outcome = new long[3];
    BlockingQueue<Future<LedgerWriter.Prepared>> queue =
        new ArrayBlockingQueue<>(options.threads() * 32);
    Future<LedgerWriter.Prepared> end = CompletableFuture.completedFuture(null);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon("extract"));
    Thread w =
        daemon("ledger-writer")
            .newThread(
                () -> {
                  try {
                    writeLoop(queue, end, options.batchSize(), outcome, done, read, listener);
                  } catch (Throwable e) {
                    failure.set(e);
                    queue.clear();
                  }
                });
    w.start();
    try {
      skips
          .track(input)
          .forEach(
              r -> {
                Document doc = r.document();
                if (failure.get() != null) {
                  throw new StoreException("ingest stopped: " + failure.get().getMessage());
                }
                read.incrementAndGet();
                String hash = LedgerWriter.contentHash(doc);
                if (hash.equals(known.get(doc.id()))) {
                  done.incrementAndGet();
                  synchronized (outcome) {
                    outcome[2]++;
                  }
                  listener.progress(read.get(), done.get());
                  return;
                }
                // Read under the writer lock, so a document it does not know is not stored.
                boolean absent = known.put(doc.id(), hash) == null;
                // The pool also signs the document, sparing the single writer thread; the hash of
                // the document (its extraction's) was computed above.
                Future<LedgerWriter.Prepared> f =
                    pool.submit(() -> LedgerWriter.prepare(extract(pipeline, doc), hash, absent));
                try {
                  while (!queue.offer(f, 200, TimeUnit.MILLISECONDS)) {
                    if (failure.get() != null) {
                      throw new StoreException("ingest stopped: " + failure.get().getMessage());
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new StoreException("interrupted");
                }
              });
      queue.put(end);
      w.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted");
    } finally {
      pool.shutdownNow();
    }
    if (failure.get() != null) {
      throw new StoreException("ingest failed", failure.get());
    }
    synchronized (outcome) {
      return new Views.IngestStats(
          read.get(),
          outcome[0],
          outcome[1],
          outcome[2],
          skips.skipped(),
          (System.nanoTime() - t0) / 1e9);
    }
  }

  /** The extraction of {@code doc}; an empty one when the pipeline fails on it. */
  private static Extraction extract(Pipeline pipeline, Document doc) {
    try {
      return pipeline.extract(doc);
    } catch (RuntimeException e) {
      return Extraction.empty(doc, List.of());
    }
  }

  /**
   * The writer thread: takes prepared documents in input order and writes them a batch at a time,
   * or as many as are ready when none came for half a second, until the {@code end} sentinel.
   */
  private void writeLoop(
      BlockingQueue<Future<LedgerWriter.Prepared>> queue,
      Future<LedgerWriter.Prepared> end,
      int batchSize,
      long[] outcome,
      AtomicLong done,
      AtomicLong read,
      Ledger.IngestListener listener)
      throws InterruptedException, ExecutionException {
    List<LedgerWriter.Prepared> batch = new ArrayList<>(batchSize);
    while (true) {
      Future<LedgerWriter.Prepared> f = queue.poll(500, TimeUnit.MILLISECONDS);
      if (f == end || (f == null && !batch.isEmpty())) {
        flush(batch, outcome, done, read, listener);
        if (f == end) {
          return;
        }
        continue;
      }
      if (f == null) {
        continue;
      }
      batch.add(f.get());
      if (batch.size() >= batchSize) {
        flush(batch, outcome, done, read, listener);
      }
    }
  }

  private void flush(
      List<LedgerWriter.Prepared> batch,
      long[] outcome,
      AtomicLong done,
      AtomicLong read,
      Ledger.IngestListener listener) {
    if (batch.isEmpty()) {
      return;
    }
    List<LedgerWriter.Outcome> results = batches.write(batch);
    synchronized (outcome) {
      for (LedgerWriter.Outcome o : results) {
        outcome[o.ordinal()]++;
      }
    }
    done.addAndGet(batch.size());
    batch.clear();
    listener.progress(read.get(), done.get());
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
