package org.entente.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.entente.store.Ledger;
import org.entente.store.StoreException;

/**
 * A few ledgers open on one store, lent to one request at a time (a {@link Ledger} is not
 * thread-safe). Reads run in parallel; writes also hold one lock, so that a check (a record's
 * version, its review state) and the change it guards happen without another write in between.
 * {@link #generation()} counts writes, for caches. Thread-safe.
 */
public final class LedgerPool implements AutoCloseable {

  private final BlockingQueue<Ledger> idle;
  private final Ledger[] all;
  private final ReentrantLock writes = new ReentrantLock();
  private final AtomicLong generation = new AtomicLong();

  public LedgerPool(String url, int size) {
    this.idle = new ArrayBlockingQueue<>(size);
    this.all = new Ledger[size];
    for (int i = 0; i < size; i++) {
      all[i] = Ledger.open(url);
      idle.add(all[i]);
    }
  }

  /** Runs {@code work} with a ledger of the pool. */
  public <T> T read(Function<Ledger, T> work) {
    Ledger l = borrow();
    try {
      return work.apply(l);
    } finally {
      idle.add(l);
    }
  }

  /** Runs {@code work} with a ledger of the pool, alone among writers. */
  public <T> T write(Function<Ledger, T> work) {
    writes.lock();
    try {
      T out = read(work);
      generation.incrementAndGet();
      return out;
    } finally {
      writes.unlock();
    }
  }

  /** How many writes have completed; changes whenever the ledger may have changed. */
  public long generation() {
    return generation.get();
  }

  private Ledger borrow() {
    try {
      Ledger l = idle.poll(30, TimeUnit.SECONDS);
      if (l == null) {
        throw new StoreException("no store connection free for 30 s");
      }
      return l;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a store connection");
    }
  }

  @Override
  public void close() {
    for (Ledger l : all) {
      l.close();
    }
  }
}
