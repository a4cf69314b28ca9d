package org.entente.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.spark.extract.DocumentExtraction;
import org.entente.spark.extract.JobCounters;
import org.entente.spark.intake.CorpusReader;
import org.entente.spark.intake.InputFiles;
import org.entente.spark.intake.SourceLine;
import org.entente.spark.merge.RecordMerge;
import org.entente.spark.stories.StoryGrouping;
import org.entente.spark.tables.RecordTables;
import org.entente.store.stories.StoryIndex;

/**
 * The extraction job: inputs → one pipeline per executor ({@code mapPartitions}) →
 * month-partitioned tables, stories and merged records. Output layout under the output folder:
 *
 * <pre>
 * extractions/month=YYYY-MM/part-*.txt       per-document JSON lines, as {@code entente extract}
 * parquet/{documents,persons,meetings,agreements,commitments}/month=…/
 * jsonl/{documents,persons,meetings,agreements,commitments}/month=…/
 * parquet/merged_{meetings,agreements,commitments}/month=…/   (and under jsonl/)
 * bad/part-*.json                           {where, id, reason} per record set aside
 * </pre>
 *
 * Undated documents go to {@code month=unknown}. The extraction runs once: its rows are persisted
 * and every table is derived from them in Spark.
 */
public final class ExtractJob {

  public static final String EXTRACTIONS = "extractions";
  public static final String PARQUET = "parquet";
  public static final String JSONL = "jsonl";
  public static final String BAD = "bad";

  /**
   * How the job runs.
   *
   * @param inputs files or folders, local or any Hadoop file-system URI
   * @param output the output folder (replaced)
   * @param read size cap and default date for inputs
   * @param partitions how many partitions extraction runs in; 0 for four per core
   * @param storyThreshold the similarity at which two articles are one story
   * @param compression codec for the JSON Lines outputs ({@code none}, {@code gzip}, …)
   */
  public record Options(
      List<String> inputs,
      String output,
      ReadOptions read,
      int partitions,
      double storyThreshold,
      String compression) {
    public Options {
      inputs = List.copyOf(inputs);
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("no inputs");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must not be negative: " + partitions);
      }
      if (!(storyThreshold > 0 && storyThreshold <= 1)) {
        throw new IllegalArgumentException("story threshold must be in (0, 1]: " + storyThreshold);
      }
    }

    /** Defaults: the intake's size cap, four partitions per core, the ledger's threshold. */
    public static Options of(List<String> inputs, String output) {
      return new Options(
          inputs, output, ReadOptions.defaults(), 0, StoryIndex.DEFAULT_THRESHOLD, "none");
    }
  }

  /**
   * What a run did.
   *
   * @param records input records read
   * @param documents documents extracted
   * @param bad records set aside, by kind
   * @param bytes UTF-8 bytes of the input records
   * @param chars characters of document text
   * @param seconds wall-clock time from listing the inputs to the last table written
   */
  public record Summary(
      long records,
      long documents,
      Map<JobCounters.BadKind, Long> bad,
      long bytes,
      long chars,
      double seconds) {

    public long badTotal() {
      return bad.values().stream().mapToLong(Long::longValue).sum();
    }

    public double docsPerSecond() {
      return documents / seconds;
    }

    public double megabytesPerSecond() {
      return bytes / 1e6 / seconds;
    }
  }

  private ExtractJob() {}

  /** Runs the job on {@code spark}. */
  public static Summary run(SparkSession spark, Options o) {
    long t0 = System.nanoTime();
    List<InputFiles.InputFile> files =
        InputFiles.list(o.inputs(), spark.sparkContext().hadoopConfiguration());
    JobCounters counters = new JobCounters(spark.sparkContext());
    int partitions =
        o.partitions() > 0 ? o.partitions() : 4 * spark.sparkContext().defaultParallelism();
    JavaRDD<SourceLine> lines = CorpusReader.read(spark, files, o.read()).repartition(partitions);
    JavaRDD<Row> rows = lines.mapPartitions(new DocumentExtraction(o.read(), counters));
    Dataset<Row> extracted =
        spark
            .createDataFrame(rows, DocumentExtraction.SCHEMA)
            .persist(StorageLevel.MEMORY_AND_DISK());
    String out = o.output();

    // The shuffle before the one output task keeps the extraction in its partitions: coalesce(1)
    // would run the whole extraction upstream of it in a single task.
    extracted
        .filter(col("kind").equalTo("bad"))
        .select(col("input_where").as("where"), col("id"), col("reason"))
        .repartition(1)
        .write()
        .mode(SaveMode.Overwrite)
        .json(out + "/" + BAD);
    Dataset<Row> docs = extracted.filter(col("kind").equalTo("doc"));
    docs.select(col("json"), col("month"))
        .repartition(col("month"))
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", o.compression())
        .partitionBy("month")
        .text(out + "/" + EXTRACTIONS);

    Dataset<Row> stories =
        StoryGrouping.stories(
                spark,
                docs.select("id", "input_file", "input_offset", "signature"),
                o.storyThreshold())
            .persist(StorageLevel.MEMORY_AND_DISK());
    // Every table is derived from these rows, persisted once; the extraction's rows are then done.
    Dataset<Row> parsed =
        RecordTables.parsed(docs.join(stories, "id")).persist(StorageLevel.MEMORY_AND_DISK());

    Column[] counts = RecordTables.counts();
    Column[] perDoc = new Column[counts.length + 9];
    String[] docColumns = {
      "source", "published", "title", "text", "story_id", "input_file", "input_offset", "month"
    };
    perDoc[0] = col("doc_id").as("id");
    for (int i = 0; i < docColumns.length; i++) {
      perDoc[i + 1] = col(docColumns[i]);
    }
    System.arraycopy(counts, 0, perDoc, docColumns.length + 1, counts.length);
    write(parsed.select(perDoc), out, "documents", o.compression());
    stories.unpersist();
    extracted.unpersist();
    for (String kind : RecordTables.KINDS) {
      write(RecordTables.table(parsed, kind), out, kind, o.compression());
    }
    write(
        RecordMerge.meetings(spark, RecordTables.table(parsed, "meetings")),
        out,
        "merged_meetings",
        o.compression());
    write(
        RecordMerge.agreements(spark, RecordTables.table(parsed, "agreements")),
        out,
        "merged_agreements",
        o.compression());
    write(
        RecordMerge.commitments(spark, RecordTables.table(parsed, "commitments")),
        out,
        "merged_commitments",
        o.compression());
    parsed.unpersist();
    return new Summary(
        counters.records(),
        counters.documents(),
        counters.badByKind(),
        counters.bytes(),
        counters.chars(),
        (System.nanoTime() - t0) / 1e9);
  }

  /**
   * Writes {@code table} as Parquet and JSON Lines, partitioned by month; each month is gathered in
   * one task first, so that a month is one file per format rather than one per task.
   */
  private static void write(Dataset<Row> rows, String out, String name, String compression) {
    Dataset<Row> table = rows.repartition(col("month")).persist(StorageLevel.MEMORY_AND_DISK());
    table
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy("month")
        .parquet(out + "/" + PARQUET + "/" + name);
    table
        .write()
        .mode(SaveMode.Overwrite)
        .option("compression", compression)
        .partitionBy("month")
        .json(out + "/" + JSONL + "/" + name);
    table.unpersist();
  }
}
