package org.entente.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
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
import org.entente.store.commitments.CommitmentStatus;
import org.entente.store.commitments.FulfilmentScorer;
import org.entente.store.commitments.Lifecycle;
import org.entente.store.identity.ActorNames;
import org.entente.store.mechanisms.MechanismPatterns;
import org.entente.store.schema.Migrations;
import org.entente.store.stories.MinHash;
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
 */
public final class Ledger implements AutoCloseable {

  private final Db db;
  private final Clock clock;
  private final StoryIndex stories;
  private final LedgerWriter writer;
  private final Lifecycle lifecycle;
  private final MechanismPatterns mechanismPatterns;
  private final Path file;

  /** Whether {@link #stories} holds the stored signatures (see {@link #reloadStories}). */
  private boolean storiesLoaded;

  private Ledger(Db db, Clock clock, double storyThreshold, Path file) {
    this.db = db;
    this.file = file;
    this.clock = clock;
    this.lifecycle = Lifecycle.defaults();
    this.mechanismPatterns = MechanismPatterns.load();
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

  /** Opens (creating and migrating when needed) the store at {@code url}: a path or JDBC URL. */
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
      throw new MissingLedgerException(sqliteFile(url));
    }
    return open(url);
  }

  /**
   * Whether a ledger exists at {@code url}: for SQLite, whether its file exists; a PostgreSQL
   * address is taken to exist (its database is created by its administrator).
   */
  public static boolean exists(String url) {
    Path file = sqliteFile(url);
    return file == null || Files.exists(file);
  }

  /** The SQLite file of a store address, or null for PostgreSQL and in-memory databases. */
  static Path sqliteFile(String url) {
    if (Dialect.of(url) != Dialect.SQLITE) {
      return null;
    }
    String path = Dialect.jdbcUrl(url).substring("jdbc:sqlite:".length());
    int q = path.indexOf('?');
    path = q >= 0 ? path.substring(0, q) : path;
    if (path.startsWith("file:")) {
      path = path.substring("file:".length());
    }
    return path.isEmpty() || path.startsWith(":memory:") ? null : Path.of(path);
  }

  /** Like {@link #open(String)}, with the clock that stamps audit entries. */
  public static Ledger open(String url, Clock clock) {
    Dialect dialect = Dialect.of(url);
    try {
      Properties props = new Properties();
      if (dialect == Dialect.SQLITE) {
        SqliteNativeLibrary.prepare();
        // Write transactions take SQLite's write lock when they begin, where busy_timeout waits
        // for it; a deferred one upgrading mid-way would fail at once with SQLITE_BUSY.
        props.setProperty("transaction_mode", "IMMEDIATE");
        props.setProperty("busy_timeout", "60000");
      } else {
        // Batched inserts (see Db#updateDeferred) as multi-row INSERTs: fewer statements to run.
        props.setProperty("reWriteBatchedInserts", "true");
      }
      Connection c = DriverManager.getConnection(Dialect.jdbcUrl(url), props);
      Db db = new Db(c, dialect);
      if (dialect == Dialect.SQLITE) {
        db.execute("PRAGMA busy_timeout=60000");
        db.execute("PRAGMA journal_mode=WAL");
        db.execute("PRAGMA synchronous=NORMAL");
        db.execute("PRAGMA cache_size=-65536");
      }
      if (Migrations.pending(c, dialect.folder()) > 0) {
        // Two processes opening a fresh file migrate one after the other; the second finds
        // nothing left to do.
        try (WriterLock lock = WriterLock.acquire(db, sqliteFile(url), who -> {})) {
          Migrations.migrate(c, dialect.folder());
        }
      }
      return new Ledger(db, clock, StoryIndex.DEFAULT_THRESHOLD, sqliteFile(url));
    } catch (SQLException e) {
      throw new StoreException("cannot open store " + url, e);
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
    return new Curation(this, writer, clock);
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
     * @param done documents written or skipped as unchanged so far
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
   * skipped before extraction. One ingest writes to a ledger at a time: a second one, in this
   * process or another, waits for the first (told through {@link IngestListener#waiting}), then
   * reads what the first stored.
   *
   * @throws StoreException when the store fails; batches committed before stay
   */
  public Views.IngestStats ingest(
      Stream<ReadResult> input,
      Pipeline pipeline,
      IngestOptions options,
      IngestListener listener,
      SkipReport skips) {
    try (input;
        WriterLock lock = WriterLock.acquire(db, file, listener::waiting)) {
      // What another writer stored while this one waited.
      reloadStories();
      return ingestLocked(input, pipeline, options, listener, skips);
    }
  }

  private Views.IngestStats ingestLocked(
      Stream<ReadResult> input,
      Pipeline pipeline,
      IngestOptions options,
      IngestListener listener,
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
                // the
                // document (its extraction's) was computed above.
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

  private static Extraction extract(Pipeline pipeline, Document doc) {
    try {
      return pipeline.extract(doc);
    } catch (RuntimeException e) {
      return Extraction.empty(doc, List.of());
    }
  }

  private void writeLoop(
      BlockingQueue<Future<LedgerWriter.Prepared>> queue,
      Future<LedgerWriter.Prepared> end,
      int batchSize,
      long[] outcome,
      AtomicLong done,
      AtomicLong read,
      IngestListener listener)
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
      IngestListener listener) {
    if (batch.isEmpty()) {
      return;
    }
    List<LedgerWriter.Outcome> results = writePrepared(batch);
    synchronized (outcome) {
      for (LedgerWriter.Outcome o : results) {
        outcome[o.ordinal()]++;
      }
    }
    done.addAndGet(batch.size());
    batch.clear();
    listener.progress(read.get(), done.get());
  }

  /**
   * Writes extractions in one transaction. If it fails, nothing of the batch is stored and the
   * in-memory story index is rebuilt from the store.
   */
  public List<LedgerWriter.Outcome> write(List<Extraction> extractions) {
    List<LedgerWriter.Prepared> prepared = new ArrayList<>(extractions.size());
    for (Extraction x : extractions) {
      prepared.add(LedgerWriter.prepare(x));
    }
    return writePrepared(prepared);
  }

  private List<LedgerWriter.Outcome> writePrepared(List<LedgerWriter.Prepared> batch) {
    if (!storiesLoaded) {
      reloadStories();
    }
    try {
      return db.inTransaction(
          () -> {
            writer.beginBatch();
            List<LedgerWriter.Outcome> out = new ArrayList<>();
            for (LedgerWriter.Prepared p : batch) {
              out.add(writer.write(p));
            }
            writer.endBatch();
            return out;
          });
    } catch (RuntimeException e) {
      writer.reset();
      reloadStories();
      throw e;
    }
  }

  /** Writes one extraction in its own transaction. */
  public LedgerWriter.Outcome write(Extraction extraction) {
    return write(List.of(extraction)).get(0);
  }

  /**
   * Reads the signatures of every stored document into the story index. Only writes need them: a
   * ledger opened to be read (a server, a dossier) never loads them, which at a million documents
   * is some 200 MB of memory and seconds of start-up.
   */
  private void reloadStories() {
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

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  // ---- dumps

  private static final Map<String, String> DUMP =
      new LinkedHashMap<>(
          Map.ofEntries(
              Map.entry("documents", "id, source, published, title, text, content_hash, story_id"),
              Map.entry("doc_signatures", "doc_id, signature"),
              Map.entry("actors", "code, name, kind"),
              Map.entry("doc_actors", "doc_id, code, mentions"),
              Map.entry("doc_topics", "doc_id, topic, published"),
              Map.entry("records", LedgerWriter.RECORD_COLUMNS),
              Map.entry("record_parties", "record_id, actor"),
              Map.entry("evidence", "record_id, doc_id, span_start, span_end"),
              Map.entry(
                  "status_events",
                  "record_id, status, on_date, reason, evidence_record_id, confidence, author"),
              Map.entry("persons", "id, name, affiliation, surname, role_count"),
              Map.entry("person_names", "person_id, name"),
              Map.entry("person_roles", "person_id, role, on_date, doc_id"),
              Map.entry("person_evidence", "person_id, doc_id, span_start, span_end"),
              Map.entry("mechanisms", "id, pattern, name, parties"),
              Map.entry("mechanism_records", "mechanism_id, record_id, session_number")));

  /**
   * A canonical text dump of the ledger's content (no timestamps, rows sorted): two stores with
   * equal dumps hold the same ledger.
   */
  public String canonicalDump() {
    StringBuilder sb = new StringBuilder();
    for (String table : new java.util.TreeSet<>(DUMP.keySet())) {
      String cols = DUMP.get(table);
      sb.append("## ").append(table).append('\n');
      List<String> rows =
          db.query(
              "SELECT " + cols + " FROM " + table,
              rs -> {
                ResultSetMetaData md = rs.getMetaData();
                StringBuilder r = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                  Object v = rs.getObject(i);
                  if (v instanceof byte[] b) {
                    v = java.util.HexFormat.of().formatHex(b);
                  } else if (v instanceof Number n && !(v instanceof Double)) {
                    v = n.longValue();
                  }
                  r.append(i > 1 ? "\t" : "").append(v);
                }
                return r.toString();
              });
      rows.sort(null);
      for (String r : rows) {
        sb.append(r).append('\n');
      }
    }
    return sb.toString();
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : isoDate(s);
  }

  static LocalDate date(ResultSet rs, int column) throws SQLException {
    String s = rs.getString(column);
    return s == null ? null : isoDate(s);
  }

  /**
   * {@link LocalDate#parse} of a stored day, without its general-purpose parser for the plain
   * {@code yyyy-mm-dd} the store holds (a dossier reads tens of thousands).
   */
  static LocalDate isoDate(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
          // not a day: parse says so in its own words
        }
      }
    }
    return LocalDate.parse(s);
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  static <K extends Comparable<K>, V> Map<K, V> sortedMap() {
    return new TreeMap<>();
  }

  static Map<CommitmentStatus, List<Views.LedgerRecord>> byStatus() {
    return new EnumMap<>(CommitmentStatus.class);
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
