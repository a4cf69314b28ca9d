package org.entente.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * One writer at a time per ledger, across processes: an ingest (and a schema migration) holds it
 * from start to end, so a second ingest waits for the first instead of interleaving its batches
 * (SQLite allows one writer; two ingests interleaved would also group stories differently from one
 * run).
 *
 * <p>SQLite: an OS lock on the side file {@code <ledger>.lock}, which holds the owner's process id
 * for the message of whoever waits (never SQLite's own file, whose POSIX locks a second descriptor
 * would release), plus an in-process lock for ledgers opened twice in one JVM. PostgreSQL: a
 * session-level advisory lock. The lock is released on {@link #close()}, and by the OS or the
 * server when the process dies (kill -9 included).
 */
final class WriterLock implements AutoCloseable {

  /** The advisory lock key for a PostgreSQL ledger ("entente" in ASCII). */
  private static final long PG_KEY = 0x656E74656E7465L;

  private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

  /** The locks of in-memory SQLite ledgers, by their connection (gone when it is). */
  private static final Map<Db, ReentrantLock> IN_MEMORY =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private final Db db;
  private final ReentrantLock local;
  private final FileChannel channel;
  private final FileLock lock;

  private WriterLock(Db db, ReentrantLock local, FileChannel channel, FileLock lock) {
    this.db = db;
    this.local = local;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of the ledger behind {@code db}, waiting for its holder when there is one.
   *
   * @param sqliteFile the ledger's file for SQLite, null for PostgreSQL and an in-memory SQLite
   *     database
   * @param waiting told once, before waiting, who holds the lock
   */
  static WriterLock acquire(Db db, Path sqliteFile, Consumer<String> waiting) {
    if (db.dialect() == Dialect.POSTGRESQL) {
      boolean got =
          db.query("SELECT pg_try_advisory_lock(?)", rs -> rs.getBoolean(1), PG_KEY).get(0);
      if (!got) {
        waiting.accept("another ingest is writing to this database");
        db.query("SELECT pg_advisory_lock(?)", rs -> null, PG_KEY);
      }
      return new WriterLock(db, null, null, null);
    }
    if (sqliteFile == null) {
      // An in-memory database: no other connection sees it, so only this ledger's own threads
      // can contend, on a lock of its own.
      ReentrantLock local = IN_MEMORY.computeIfAbsent(db, d -> new ReentrantLock());
      if (!local.tryLock()) {
        waiting.accept("another ingest in this process is writing to this in-memory ledger");
        local.lock();
      }
      return new WriterLock(db, local, null, null);
    }
    Path file = Path.of(sqliteFile.toAbsolutePath().normalize() + ".lock");
    ReentrantLock local = IN_PROCESS.computeIfAbsent(file, f -> new ReentrantLock());
    boolean told = false;
    if (!local.tryLock()) {
      waiting.accept("another ingest in this process is writing to " + sqliteFile);
      told = true;
      local.lock();
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        if (!told) {
          waiting.accept(holder(channel, sqliteFile));
        }
        lock = channel.lock();
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)),
          0);
      return new WriterLock(db, local, channel, lock);
    } catch (IOException | RuntimeException e) {
      local.unlock();
      closeQuietly(channel);
      throw new StoreException("cannot lock " + file + " for writing: " + e.getMessage());
    }
  }

  private static String holder(FileChannel channel, Path ledger) {
    try {
      ByteBuffer b = ByteBuffer.allocate(32);
      channel.read(b, 0);
      String pid = new String(b.array(), 0, b.position(), StandardCharsets.US_ASCII).strip();
      return "process " + (pid.isEmpty() ? "(unknown)" : pid) + " is writing to " + ledger;
    } catch (IOException e) {
      return "another process is writing to " + ledger;
    }
  }

  private static void closeQuietly(FileChannel c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException e) {
        // nothing to do: the lock goes with the channel
      }
    }
  }

  /** Whether {@code thread} waits for this lock in this process (for tests). */
  boolean isAwaitedBy(Thread thread) {
    return local != null && local.hasQueuedThread(thread);
  }

  @Override
  public void close() {
    if (db.dialect() == Dialect.POSTGRESQL) {
      try {
        db.query("SELECT pg_advisory_unlock(?)", rs -> null, PG_KEY);
      } catch (StoreException e) {
        // the lock goes with the session
      }
      return;
    }
    if (lock == null) {
      local.unlock(); // an in-memory ledger's
      return;
    }
    try {
      lock.release();
    } catch (IOException e) {
      // released with the channel below
    } finally {
      closeQuietly(channel);
      local.unlock();
    }
  }
}
