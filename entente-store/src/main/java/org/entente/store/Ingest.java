package org.entente.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.entente.model.Document;
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
 * order they were read whatever order the pool finishes them in. A sentinel ends the queue. A
 * writer failure is recorded, empties the queue and stops the reading thread at its next document.
 *
 * <p>Failures: a document on which extraction throws is not stored; it is named and counted in the
 * run's {@link SkipReport}, and a later ingest retries it (its content hash is not stored). When
 * the reading side fails (the input throws, or the reading thread is interrupted), the writer is
 * stopped and joined before the exception goes on: a batch being written is finished, the ones not
 * yet begun are dropped (a later ingest stores them), and the writer lock is released only after.
 *
 * <p>Not thread-safe: one run at a time per ledger, from the ledger's thread; each run starts and
 * ends its own extraction pool and writer thread.
 */
final class Ingest {

  /**
   * A document on its way to the writer: what was read and its extraction, being prepared on the
   * pool.
   */
  private record Pending(ReadResult.Read read, Future<LedgerWriter.Prepared> prepared) {}

  /** The end of the writer's queue. */
  private static final Pending END = new Pending(null, null);

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
    // Room for a whole batch ahead of the writer: while it writes one batch, the pool extracts
    // the next instead of stopping once a few dozen documents wait (the writer then waited for
    // the pool in turn, and two cores were busy little more than one).
    BlockingQueue<Pending> queue =
        new ArrayBlockingQueue<>(options.batchSize() + options.threads() * 32);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon("extract"));
    Thread w =
        daemon("ledger-writer")
            .newThread(
                () -> {
                  try {
                    writeLoop(
                        queue, stop, options.batchSize(), outcome, done, read, listener, skips);
                  } catch (Throwable e) {
                    failure.set(e);
                    queue.clear();
                  }
                });
    w.start();
    boolean writerEnded = false;
    try {
      skips
          .track(input)
          .forEach(
              r -> {
                Document doc = r.document();
                if (failure.get() != null) {
                  throw new StoreException("ingest stopped", failure.get());
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
                Pending p =
                    new Pending(
                        r,
                        pool.submit(
                            () -> LedgerWriter.prepare(pipeline.extract(doc), hash, absent)));
                try {
                  while (!queue.offer(p, 200, TimeUnit.MILLISECONDS)) {
                    if (failure.get() != null) {
                      throw new StoreException("ingest stopped", failure.get());
                    }
                  }
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  throw new StoreException("interrupted");
                }
              });
      queue.put(END);
      w.join();
      writerEnded = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted");
    } finally {
      if (!writerEnded) {
        stopAndJoin(w, stop);
      }
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

  /**
   * Stops the writer thread and waits for it to end, even when the calling thread is interrupted
   * (its interrupt is kept): the writer finishes the batch it is writing, if any, and begins no
   * other.
   */
  private static void stopAndJoin(Thread writer, AtomicBoolean stop) {
    stop.set(true);
    boolean interrupted = Thread.interrupted();
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The writer thread: takes prepared documents in input order and writes them a batch at a time,
   * or as many as are ready when none came for half a second, until the {@link #END} sentinel. A
   * document whose extraction threw is skipped into {@code skips}. When {@code stop} is set it
   * returns without writing what it holds (the reading side failed).
   */
  private void writeLoop(
      BlockingQueue<Pending> queue,
      AtomicBoolean stop,
      int batchSize,
      long[] outcome,
      AtomicLong done,
      AtomicLong read,
      Ledger.IngestListener listener,
      SkipReport skips)
      throws InterruptedException, ExecutionException {
    List<LedgerWriter.Prepared> batch = new ArrayList<>(batchSize);
    while (!stop.get()) {
      Pending p = queue.poll(500, TimeUnit.MILLISECONDS);
      if (p == END || (p == null && !batch.isEmpty())) {
        flush(batch, outcome, done, read, listener);
        if (p == END) {
          return;
        }
        continue;
      }
      if (p == null) {
        continue;
      }
      LedgerWriter.Prepared prepared;
      try {
        prepared = await(p.prepared(), stop);
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof RuntimeException cause)) {
          throw e;
        }
        skips.skip(failedExtraction(p.read(), cause));
        done.incrementAndGet();
        listener.progress(read.get(), done.get());
        continue;
      }
      if (prepared == null) {
        return;
      }
      batch.add(prepared);
      if (batch.size() >= batchSize) {
        flush(batch, outcome, done, read, listener);
      }
    }
  }

  /**
   * The prepared document of {@code f} once the pool has it, or null if {@code stop} is set first.
   *
   * @throws ExecutionException when extracting or preparing the document threw
   */
  private static LedgerWriter.Prepared await(Future<LedgerWriter.Prepared> f, AtomicBoolean stop)
      throws InterruptedException, ExecutionException {
    while (true) {
      try {
        return f.get(200, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        if (stop.get()) {
          return null;
        }
      }
    }
  }

  /** The skip of a document on which extraction threw, named by its id and the error. */
  private static ReadResult.BadRecord failedExtraction(ReadResult.Read read, RuntimeException e) {
    return new ReadResult.BadRecord(
        read.where(),
        "extraction failed on document "
            + read.document().id()
            + " ("
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "); not stored, a later ingest retries it");
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
