package org.entente.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.spark.io.LocalFiles;
import org.entente.spark.load.LedgerLoad;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job's entry point, for {@code spark-submit} on a cluster or plain {@code java} in local
 * mode (see README.md):
 *
 * <pre>
 * extract --output OUT INPUT…    run the pipeline over corpora, write tables
 * load --from OUT --store URL    bulk-load a job's output into the ledger
 * </pre>
 *
 * Exit codes: 0 ok, 1 processing failure, 2 usage error.
 */
@Command(
    name = "entente-spark",
    mixinStandardHelpOptions = true,
    subcommands = {EntenteSpark.Extract.class, EntenteSpark.Load.class},
    description = "Entente on Apache Spark: extraction at scale and bulk load into the ledger.")
public final class EntenteSpark {

  public static void main(String[] args) {
    int code = new CommandLine(new EntenteSpark()).execute(args);
    System.exit(code);
  }

  /** Options every subcommand shares. */
  static class SparkOptions {
    @Option(
        names = "--master",
        description = "Spark master when not set by spark-submit (default local[*]); e.g. local[2]")
    String master;

    @Option(
        names = "--shuffle-partitions",
        description =
            "spark.sql.shuffle.partitions (default: Spark's, or 2 per core of the master in local"
                + " mode)")
    Integer shufflePartitions;

    SparkSession session(String app) {
      SparkSession.Builder b = SparkSession.builder().appName(app);
      boolean submitted = System.getProperty("spark.master") != null;
      if (!submitted) {
        b.master(master != null ? master : "local[*]");
        b.config("spark.ui.enabled", "false");
        // Local mode talks to itself: keep the driver on the loopback interface.
        b.config("spark.driver.host", "127.0.0.1");
        b.config("spark.driver.bindAddress", "127.0.0.1");
        // Hadoop without its native library starts a chmod process per file written.
        if (System.getProperty("spark.hadoop.fs.file.impl") == null) {
          b.config("spark.hadoop.fs.file.impl", LocalFiles.class.getName());
        }
      } else if (master != null) {
        b.master(master);
      }
      if (shufflePartitions != null) {
        b.config("spark.sql.shuffle.partitions", shufflePartitions.toString());
      }
      b.config("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
      SparkSession s = b.getOrCreate();
      if (shufflePartitions == null && !submitted) {
        // Two per core of the master (local[1] has one), not Spark's 200 small tasks per shuffle.
        s.conf()
            .set(
                "spark.sql.shuffle.partitions",
                Integer.toString(2 * s.sparkContext().defaultParallelism()));
      }
      s.sparkContext().setLogLevel("WARN");
      return s;
    }
  }

  @Command(
      name = "extract",
      mixinStandardHelpOptions = true,
      description = "Run the pipeline over JSON Lines (gzip or not), text or Parquet inputs.")
  static final class Extract implements Callable<Integer> {
    @CommandLine.Mixin SparkOptions spark = new SparkOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, any URI")
    List<String> inputs;

    @Option(names = "--output", required = true, description = "Output folder (replaced)")
    String output;

    @Option(
        names = "--partitions",
        defaultValue = "0",
        description = "Extraction partitions (default: 4 per core)")
    int partitions;

    @Option(
        names = "--max-chars",
        defaultValue = "" + ReadOptions.DEFAULT_MAX_CHARS,
        description = "Longest text kept; longer records are bad (default ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--published", description = "Date for documents that carry none")
    LocalDate published;

    @Option(
        names = "--story-threshold",
        defaultValue = "0.6",
        description = "Similarity at which two articles are one story (default ${DEFAULT-VALUE})")
    double storyThreshold;

    @Option(
        names = "--compression",
        defaultValue = "none",
        description = "Codec of the JSON Lines outputs: none, gzip, … (default ${DEFAULT-VALUE})")
    String compression;

    @Override
    public Integer call() {
      ExtractJob.Options o;
      try {
        o =
            new ExtractJob.Options(
                inputs,
                output,
                ReadOptions.defaults().withMaxChars(maxChars).withDefaultPublished(published),
                partitions,
                storyThreshold,
                compression);
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("entente-spark: " + e.getMessage());
        return 2;
      }
      SparkSession s = spark.session("entente extract");
      try {
        ExtractJob.Summary r = ExtractJob.run(s, o);
        spec.commandLine().getOut().println(describe(r, s.sparkContext().master()));
        return r.documents() > 0 || r.records() == 0 ? 0 : 1;
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("entente-spark: " + e.getMessage());
        return 2;
      } finally {
        s.stop();
      }
    }
  }

  @Command(
      name = "load",
      mixinStandardHelpOptions = true,
      description = "Bulk-load a job's output into the ledger, in input order.")
  static final class Load implements Callable<Integer> {
    @CommandLine.Mixin SparkOptions spark = new SparkOptions();

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, description = "The extract job's output folder")
    String from;

    @Option(
        names = "--store",
        required = true,
        description = "SQLite path or jdbc:postgresql://host/db?user=…&password=…")
    String store;

    @Option(
        names = "--batch",
        defaultValue = "500",
        description = "Documents per transaction (default ${DEFAULT-VALUE})")
    int batch;

    @Override
    public Integer call() {
      if (batch < 1) {
        spec.commandLine().getErr().println("entente-spark: --batch must be positive");
        return 2;
      }
      SparkSession s = spark.session("entente load");
      try {
        LedgerLoad.Stats st =
            LedgerLoad.load(
                s,
                from,
                store,
                batch,
                n -> spec.commandLine().getErr().print("\rloaded " + n + " documents"));
        spec.commandLine().getErr().println();
        spec.commandLine()
            .getOut()
            .printf(
                Locale.ROOT,
                "loaded %d documents (%d new) into %s in %.1f s (%.0f docs/s)%n",
                st.documents(),
                st.added(),
                store.startsWith("jdbc:") ? store.replaceAll("\\?.*", "") : Path.of(store),
                st.seconds(),
                st.documents() / Math.max(st.seconds(), 1e-9));
        return 0;
      } finally {
        s.stop();
      }
    }
  }

  /** The one-line summary the job prints and the benchmark reads. */
  static String describe(ExtractJob.Summary r, String master) {
    return String.format(
        Locale.ROOT,
        "master %s: %d records, %d documents, %d bad %s, %.2f MB in %.1f s: %.1f docs/s, %.2f MB/s",
        master,
        r.records(),
        r.documents(),
        r.badTotal(),
        r.bad(),
        r.bytes() / 1e6,
        r.seconds(),
        r.docsPerSecond(),
        r.megabytesPerSecond());
  }
}
