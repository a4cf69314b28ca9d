package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Extraction;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.intake.SkipReport;
import org.entente.store.commitments.Lifecycle;
import org.entente.store.mechanisms.MechanismPatterns;
import org.entente.store.stories.StoryIndex;

/**
 * The ledger facade: one store (a SQLite file or a PostgreSQL database), its ingest, queries,
 * curation and dumps.
 *
 * <pre>{@code
 * try (Ledger ledger = Ledger.open("entente.db")) {
 *   ledger.ingest(DocumentSource.read(paths, ReadOptions.defaults()), Entente.pipeline(),
 *       Ledger.IngestOptions.defaults(), (read, done) -> {});
 *   Views.Dossier d = ledger.queries().dossier("EU", "MAR", LocalDate.now());
 * }
 * }</pre>
 *
 * <p>Ingest is idempotent (a document whose content hash is stored is skipped) and resumable (one
 * transaction per batch of documents; a document and all its records commit together; SQLite runs
 * in WAL mode). A ledger is not thread-safe: use it from one thread; ingest runs its own extraction
 * pool and a single writer thread inside.
 *
 * <p>The parts: {@link StoreOpener} connects and migrates, {@link Ingest} runs the extraction pool
 * and the writer thread, {@link BatchWriter} writes batches in transactions over {@link
 * LedgerWriter} and keeps the story index in step, {@link CanonicalDump} dumps the content; this
 * class assembles them and hands out {@link Queries} and {@link Curation}.
 */
public final class Ledger implements AutoCloseable {

  private final Db db;
  private final Clock clock;
  private final Lifecycle lifecycle;
  private final MechanismPatterns mechanismPatterns;
  private final BatchWriter batches;
  private final Ingest ingest;

  /** The SQLite file, null for PostgreSQL and in memory (see {@link WriterLock#acquire}). */
  private final Path file;

  private Ledger(Db db, Clock clock, double storyThreshold, Path file) {
    this.db = db;
    this.file = file;
    this.clock = clock;
    this.lifecycle = Lifecycle.defaults();
    this.mechanismPatterns = MechanismPatterns.load();
    this.batches = new BatchWriter(db, storyThreshold, mechanismPatterns, clock);
    this.ingest = new Ingest(db, file, batches);
  }

  /**
   * Opens (creating and migrating when needed) the store at {@code url}: a path or JDBC URL; {@code
   * :memory:} is a SQLite database in memory, private to this ledger and gone when it is closed.
   * When opening fails, the connection made so far is closed.
   *
   * @throws StoreException when the store cannot be opened or migrated
   */
  public static Ledger open(String url) {
    return open(url, Clock.systemUTC());
  }

  /**
   * Opens the store at {@code url} for reading and curation: never creates one.
   *
   * @throws MissingLedgerException when {@code url} names a SQLite file that does not exist
   */
  public static Ledger openExisting(String url) {
    if (!exists(url)) {
      throw new MissingLedgerException(StoreOpener.sqliteFile(url));
    }
    return open(url);
  }

  /**
   * Whether a ledger exists at {@code url}: for SQLite, whether its file exists; a PostgreSQL
   * address is taken to exist (its database is created by its administrator).
   */
  public static boolean exists(String url) {
    Path file = StoreOpener.sqliteFile(url);
    return file == null || Files.exists(file);
  }

  /** Like {@link #open(String)}, with the clock that stamps audit entries. */
  public static Ledger open(String url, Clock clock) {
    Db db = StoreOpener.open(url);
    try {
      return new Ledger(db, clock, StoryIndex.DEFAULT_THRESHOLD, StoreOpener.sqliteFile(url));
    } catch (RuntimeException | Error e) {
      try {
        db.connection().close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  public Dialect dialect() {
    return db.dialect();
  }

  /** Direct access for the query, curation and export layers of this module and tests. */
  public Db db() {
    return db;
  }

  public Lifecycle lifecycle() {
    return lifecycle;
  }

  public MechanismPatterns mechanismPatterns() {
    return mechanismPatterns;
  }

  public Queries queries() {
    return new Queries(this);
  }

  public Curation curation() {
    return new Curation(this, batches.writer(), clock);
  }

  /** The single writer underneath, for tests of what it keeps in memory. */
  LedgerWriter writer() {
    return batches.writer();
  }

  // ---- ingest

  /**
   * How ingest runs.
   *
   * @param threads extraction threads
   * @param batchSize documents per transaction
   */
  public record IngestOptions(int threads, int batchSize) {
    public IngestOptions {
      if (threads < 1 || batchSize < 1) {
        throw new IllegalArgumentException("threads and batch size must be positive");
      }
    }

    public static IngestOptions defaults() {
      return new IngestOptions(2, 200);
    }
  }

  /** Told about progress; called from the ingest threads. */
  @FunctionalInterface
  public interface IngestListener {
    /**
     * @param read documents read so far
     * @param done documents written, skipped as unchanged, or skipped because extraction failed on
     *     them, so far
     */
    void progress(long read, long done);

    /** Told, before waiting, that another writer holds the ledger and who it is. */
    default void waiting(String holder) {}
  }

  /**
   * Reads, extracts and stores every document of {@code input}, with its skips counted and named in
   * a quiet report. See {@link #ingest(Stream, Pipeline, IngestOptions, IngestListener,
   * SkipReport)}.
   */
  public Views.IngestStats ingest(
      Stream<ReadResult> input, Pipeline pipeline, IngestOptions options, IngestListener listener) {
    return ingest(input, pipeline, options, listener, new SkipReport(null));
  }

  /**
   * Reads, extracts and stores every document of {@code input} (the intake's results, closed here);
   * each skipped input goes to {@code skips}. Documents whose content hash is already stored are
   * skipped before extraction. A document on which {@code pipeline} throws is not stored: it goes
   * to {@code skips} (named by where it was read, its id and the error, and counted in {@link
   * Views.IngestStats#bad}), the run goes on, and a later ingest retries it. One ingest writes to a
   * ledger at a time: a second one, in this process or another, waits for the first (told through
   * {@link IngestListener#waiting}), then reads what the first stored.
   *
   * <p>If reading {@code input} throws, or the calling thread is interrupted, the writer thread is
   * stopped and joined before the lock is released and the exception goes on (an interrupt as a
   * {@link StoreException}, with the thread's interrupt kept): batches committed before stay, the
   * batch being written is finished, and the documents not yet written are left for a later ingest.
   *
   * @throws StoreException when the store fails; batches committed before stay
   */
  public Views.IngestStats ingest(
      Stream<ReadResult> input,
      Pipeline pipeline,
      IngestOptions options,
      IngestListener listener,
      SkipReport skips) {
    return ingest.run(input, pipeline, options, listener, skips);
  }

  // ---- writes

  /**
   * Writes extractions in one transaction, holding the ledger's {@link WriterLock} like an ingest:
   * a write waits for an ingest or a write of another ledger (in this process or another) to end,
   * then sees what it stored. If it fails, nothing of the batch is stored and the in-memory story
   * index is rebuilt from the store.
   *
   * @throws StoreException when the store fails
   */
  public List<LedgerWriter.Outcome> write(List<Extraction> extractions) {
    List<LedgerWriter.Prepared> prepared = new ArrayList<>(extractions.size());
    for (Extraction x : extractions) {
      prepared.add(LedgerWriter.prepare(x));
    }
    try (WriterLock lock = WriterLock.acquire(db, file, who -> {})) {
      return batches.write(prepared);
    }
  }

  /** Writes one extraction in its own transaction. */
  public LedgerWriter.Outcome write(Extraction extraction) {
    return write(List.of(extraction)).get(0);
  }

  // ---- dumps

  /**
   * A canonical text dump of the ledger's content (no timestamps, rows sorted): two stores with
   * equal dumps hold the same ledger.
   */
  public String canonicalDump() {
    return CanonicalDump.of(db);
  }

  @Override
  public void close() {
    try {
      db.closeStatements();
      db.connection().close();
    } catch (SQLException e) {
      throw new StoreException("close", e);
    }
  }
}
