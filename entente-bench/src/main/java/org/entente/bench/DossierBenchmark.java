package org.entente.bench;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.entente.store.Ledger;
import org.entente.store.Queries;
import org.entente.store.Views;
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
 * Time of one relationship dossier as of 2026-01-01 on an existing ledger, with the default number
 * of officials ({@code topOfficials}) and with every official ({@code allOfficials}), per pair of
 * actors. The ledger is opened once per trial and never written. {@code bench/ingest.sh} builds a
 * ledger from both corpora and runs:
 *
 * <pre>
 * ./mvnw -B -pl entente-bench -am package -DskipTests
 * java -jar entente-bench/target/benchmarks.jar DossierBenchmark -f 1 -wi 3 -i 15 \
 *     -p store=/tmp/bench.db -p pair=USA-RUS,USA-JPN,USA-CHN,EU-MAR
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 15)
@Fork(1)
public class DossierBenchmark {

  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

  /** The ledger: a SQLite file or a PostgreSQL URL (it must exist). */
  @Param("entente.db")
  public String store;

  /** Two actor codes, {@code A-B}. */
  @Param("EU-MAR")
  public String pair;

  private Ledger ledger;
  private String a;
  private String b;

  @Setup(Level.Trial)
  public void open() {
    ledger = Ledger.openExisting(store);
    int dash = pair.indexOf('-');
    a = pair.substring(0, dash);
    b = pair.substring(dash + 1);
  }

  @TearDown(Level.Trial)
  public void close() {
    ledger.close();
  }

  @Benchmark
  public Views.Dossier topOfficials() {
    return ledger.queries().dossier(a, b, AS_OF, Queries.DOSSIER_OFFICIALS);
  }

  @Benchmark
  public Views.Dossier allOfficials() {
    return ledger.queries().dossier(a, b, AS_OF, Integer.MAX_VALUE);
  }
}
