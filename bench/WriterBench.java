import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.Entente;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.store.Ledger;

/**
 * The ledger writer alone: extracts the first N documents of each corpus once (2 threads), then
 * writes them ROUNDS times into a fresh store in batches of BATCH (Ledger.write, one transaction a
 * batch, as ingest does), and prints wall and CPU ms per document of the writing thread (on SQLite
 * the database runs in that thread; on PostgreSQL the server's CPU is not counted, its time is in
 * the wall). Uses only the public API, so one source runs against any build:
 *
 * <pre>
 * java -Xmx1g -XX:TieredStopAtLevel=1 -cp entente-cli/target/entente.jar bench/WriterBench.java \
 *     STORE N BATCH ROUNDS CORPUS...
 * </pre>
 *
 * STORE: "sqlite" (a temporary file) or a PostgreSQL JDBC URL whose public schema is emptied.
 */
public class WriterBench {
  public static void main(String[] args) throws Exception {
    String store = args[0];
    int n = Integer.parseInt(args[1]);
    int batch = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    List<Document> docs = new ArrayList<>();
    for (String c : Arrays.copyOfRange(args, 4, args.length)) {
      try (var s = DocumentSource.read(List.of(Path.of(c)), ReadOptions.defaults())) {
        s.filter(r -> r instanceof ReadResult.Read)
            .limit(n)
            .forEach(r -> docs.add(((ReadResult.Read) r).document()));
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Extraction>> fs = new ArrayList<>();
    for (Document d : docs) {
      fs.add(pool.submit(() -> Entente.extract(d)));
    }
    List<Extraction> xs = new ArrayList<>();
    for (Future<Extraction> f : fs) {
      xs.add(f.get());
    }
    pool.shutdown();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int round = 1; round <= rounds; round++) {
      String url;
      Path dir = null;
      if (store.equals("sqlite")) {
        dir = Files.createTempDirectory("writer-bench");
        url = dir.resolve("w.db").toString();
      } else {
        url = store;
        try (Connection c = DriverManager.getConnection(url);
            Statement st = c.createStatement()) {
          st.execute("DROP SCHEMA IF EXISTS public CASCADE");
          st.execute("CREATE SCHEMA public");
        }
      }
      try (Ledger ledger = Ledger.open(url)) {
        // Experiments: WRITER_BENCH_SQL="PRAGMA ...;PRAGMA ..." runs on the connection first.
        String extra = System.getenv("WRITER_BENCH_SQL");
        if (extra != null) {
          for (String sql : extra.split(";")) {
            if (!sql.isBlank()) {
              ledger.db().query(sql, rs -> null);
            }
          }
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < xs.size(); i += batch) {
          ledger.write(xs.subList(i, Math.min(xs.size(), i + batch)));
        }
        double wall = (System.nanoTime() - t0) / 1e6 / xs.size();
        double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e6 / xs.size();
        System.out.printf(
            "round %d  docs %d  batch %d  wall %.3f ms/doc  writer CPU %.3f ms/doc%n",
            round, xs.size(), batch, wall, cpu);
      }
      if (dir != null) {
        try (var walk = Files.walk(dir)) {
          walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
  }
}
