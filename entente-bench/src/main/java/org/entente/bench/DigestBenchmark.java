package org.entente.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.entente.store.Ledger;
import org.entente.store.watch.Digest;
import org.entente.store.watch.DigestWriter;
import org.entente.store.watch.Watchlist;
import org.entente.store.watch.Watchlists;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one watchlist's digest of the year 2019 (its alerts derived from the ledger, grouped, and
 * written as Markdown) on an existing ledger, in process: what {@code entente digest} costs beyond
 * starting a JVM. The ledger is opened once per trial and never written; the watchlist must exist
 * in it. {@code bench/digest.sh} adds the watchlists {@code bench-demo}, {@code bench-pairs} and
 * {@code bench-usa} to a ledger of both corpora and runs:
 *
 * <pre>
 * ./mvnw -B -pl entente-bench -am package -DskipTests
 * java -jar entente-bench/target/benchmarks.jar DigestBenchmark -f 1 -wi 3 -i 10 \
 *     -p store=/tmp/both.db -p watch=bench-demo,bench-pairs,bench-usa
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 10)
@Fork(1)
public class DigestBenchmark {

  private static final LocalDate SINCE = LocalDate.of(2018, 12, 31);
  private static final LocalDate AS_OF = LocalDate.of(2019, 12, 31);

  /** The ledger: a SQLite file or a PostgreSQL URL (it must exist). */
  @Param("entente.db")
  public String store;

  /** The watchlist's name. */
  @Param("bench-demo")
  public String watch;

  private Ledger ledger;
  private Watchlist watchlist;
  private final DigestWriter writer = new DigestWriter(null);

  @Setup(Level.Trial)
  public void open() {
    ledger = Ledger.openExisting(store);
    watchlist =
        new Watchlists(ledger)
            .find(watch)
            .orElseThrow(
                () -> new IllegalArgumentException("no watchlist " + watch + " in " + store));
  }

  @TearDown(Level.Trial)
  public void close() {
    ledger.close();
  }

  @Benchmark
  public String digest() {
    return writer.markdown(Digest.of(ledger, watchlist, SINCE, AS_OF));
  }
}
