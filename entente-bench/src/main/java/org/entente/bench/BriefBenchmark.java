package org.entente.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.entente.store.Ledger;
import org.entente.store.brief.Brief;
import org.entente.store.brief.Briefs;
import org.entente.store.brief.render.BriefFormat;
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
 * Time of one relationship brief inside a running JVM: built from the ledger ({@code build}), and
 * built then written as Markdown or PDF. The ledger is opened once per trial and never written.
 * {@code bench/brief.sh} builds the demo ledger and runs:
 *
 * <pre>
 * ./mvnw -B -pl entente-bench -am package -DskipTests
 * java -jar entente-bench/target/benchmarks.jar BriefBenchmark -f 1 -wi 5 -i 15 \
 *     -p store=/tmp/demo.db -p pair=EU-MAR -p asOf=2026-12-05
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 15)
@Fork(1)
public class BriefBenchmark {

  /** The ledger: a SQLite file or a PostgreSQL URL (it must exist). */
  @Param("entente.db")
  public String store;

  /** Two actor codes, {@code A-B}. */
  @Param("EU-MAR")
  public String pair;

  /** The brief's day. */
  @Param("2026-12-05")
  public String asOf;

  private Ledger ledger;
  private String a;
  private String b;
  private LocalDate day;

  @Setup(Level.Trial)
  public void open() {
    ledger = Ledger.openExisting(store);
    int dash = pair.indexOf('-');
    a = pair.substring(0, dash);
    b = pair.substring(dash + 1);
    day = LocalDate.parse(asOf);
  }

  @TearDown(Level.Trial)
  public void close() {
    ledger.close();
  }

  private Brief brief() {
    return new Briefs(ledger).of(a, b, day, day.minusDays(90));
  }

  @Benchmark
  public Brief build() {
    return brief();
  }

  @Benchmark
  public byte[] markdown() {
    return BriefFormat.MD.write(brief());
  }

  @Benchmark
  public byte[] pdf() {
    return BriefFormat.PDF.write(brief());
  }
}
