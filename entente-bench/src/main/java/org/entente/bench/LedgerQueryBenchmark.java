package org.entente.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.entente.store.Ledger;
import org.entente.store.Listings;
import org.entente.store.Queries;
import org.entente.store.RecordPages;
import org.entente.store.Views;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Latency of what a reader of one relationship asks the ledger, straight from {@link Queries} (no
 * server, hence no response cache): the dossier of a pair, the timeline and the commitments board
 * of its first actor, and a full-text search for the names of both actors (20 hits, as the search
 * page shows); and the paged forms the API serves ({@link RecordPages}: the dossier's latest
 * records per section, the first page of the timeline and of the board). Sample mode gives
 * p50/p95/p99 over every call. The ledger is opened once per trial and never written. {@code
 * bench/scale.sh} runs, for its busiest and a typical pair:
 *
 * <pre>
 * java -jar entente-bench/target/benchmarks.jar LedgerQueryBenchmark -f 1 -wi 1 -w 2s -i 3 -r 3s \
 *     -bm sample -tu ms -p store=/tmp/scale.db -p pair=USA-RUS,FRA-JPN
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
public class LedgerQueryBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  /** Hits a search returns. */
  private static final int SEARCH_HITS = 20;

  /** The ledger: a SQLite file or a PostgreSQL URL (it must exist). */
  @Param("entente.db")
  public String store;

  /** Two actor codes, {@code A-B}. */
  @Param("EU-MAR")
  public String pair;

  private Ledger ledger;
  private String a;
  private String b;
  private String names;

  @Setup(Level.Trial)
  public void open() {
    ledger = Ledger.openExisting(store);
    int dash = pair.indexOf('-');
    a = pair.substring(0, dash);
    b = pair.substring(dash + 1);
    names = ledger.queries().actor(a).name() + " " + ledger.queries().actor(b).name();
  }

  @TearDown(Level.Trial)
  public void close() {
    ledger.close();
  }

  @Benchmark
  public Views.Dossier dossier() {
    return ledger.queries().dossier(a, b, AS_OF, Queries.DOSSIER_OFFICIALS);
  }

  @Benchmark
  public List<Views.LedgerRecord> timeline() {
    return ledger.queries().timeline(a, AS_OF);
  }

  @Benchmark
  public List<Views.LedgerRecord> commitmentsBoard() {
    return ledger.queries().commitments(new Queries.CommitmentFilter(a, null, null, null, AS_OF));
  }

  /**
   * Records per section of {@link #dossierLatest} and per page of the paged listings (the API's).
   */
  private static final int PAGE = 50;

  /** The dossier as the API serves it: the latest {@value #PAGE} records of each section. */
  @Benchmark
  public Views.Dossier dossierLatest() {
    return new RecordPages(ledger).dossier(a, b, AS_OF, Queries.DOSSIER_OFFICIALS, PAGE);
  }

  /** The first page of the timeline, paged in SQL. */
  @Benchmark
  public Listings.Page<Views.LedgerRecord> timelinePage() {
    return new RecordPages(ledger).timeline(a, AS_OF, PAGE, 0);
  }

  /** The first page of the commitments board, paged in SQL. */
  @Benchmark
  public Listings.Page<Views.LedgerRecord> commitmentsBoardPage() {
    return new RecordPages(ledger)
        .commitments(new Queries.CommitmentFilter(a, null, null, null, AS_OF), PAGE, 0);
  }

  @Benchmark
  public List<Views.SearchHit> search() {
    return ledger.queries().search(names, SEARCH_HITS);
  }
}
