package org.entente.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.pipeline.Entente;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.intake.DocumentSource;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.json.ExtractionJson;
import org.entente.spark.load.LedgerLoad;
import org.entente.store.Ledger;
import org.entente.store.Views;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job over the two 200-document corpus samples (skipped when ../shared is absent), checked
 * against the sequential code paths: {@code entente extract} (pipeline + ExtractionJson) and {@code
 * entente ingest} (Ledger.ingest).
 */
class SamplesJobTest {

  private static final LocalDate AS_OF = LocalDate.of(2021, 1, 1);

  @TempDir static Path dir;
  private static List<Path> samples;
  private static ExtractJob.Summary summary;
  private static Path ingested;

  /** Why the tests cannot run (the corpus samples are absent), or null. */
  private static String missing;

  @BeforeEach
  void needsTheSamples() {
    Assumptions.assumeTrue(missing == null, () -> missing);
  }

  @BeforeAll
  static void runJobAndIngest() throws IOException {
    Path corpus;
    try {
      corpus = LocalSpark.corpus();
    } catch (org.opentest4j.TestAbortedException e) {
      missing = e.getMessage(); // each test reports itself skipped, with this reason
      return;
    }
    samples =
        List.of(
            corpus.resolve("reuters21578-sample.jsonl"),
            corpus.resolve("article-bias-prediction-sample.jsonl"));
    SparkSession spark = LocalSpark.session();
    summary =
        ExtractJob.run(
            spark,
            ExtractJob.Options.of(
                samples.stream().map(Path::toString).toList(), dir.resolve("out").toString()));
    System.err.println(EntenteSpark.describe(summary, spark.sparkContext().master()));
    ingested = dir.resolve("ingest.db");
    try (Ledger ledger = Ledger.open(ingested.toString())) {
      ledger.ingest(
          DocumentSource.read(samples, ReadOptions.defaults()),
          Entente.pipeline(),
          Ledger.IngestOptions.defaults(),
          (r, d) -> {});
    }
  }

  @Test
  void extractsEveryDocumentOfTheSamples() {
    assertThat(summary.documents()).isEqualTo(400);
    assertThat(summary.badTotal()).isZero();
    assertThat(summary.bytes()).isGreaterThan(1_000_000);
  }

  @Test
  void perDocumentJsonEqualsEntenteExtract() throws IOException {
    Map<String, String> job = new HashMap<>();
    try (Stream<Path> files = Files.walk(dir.resolve("out").resolve(ExtractJob.EXTRACTIONS))) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          String id = ExtractionJson.parse(line).get("id").asText();
          assertThat(job.put(id, line)).as("duplicate %s", id).isNull();
        }
      }
    }
    Map<String, String> cli = new HashMap<>();
    Pipeline pipeline = Entente.pipeline();
    try (Stream<ReadResult> read = DocumentSource.read(samples, ReadOptions.defaults())) {
      read.forEach(
          r ->
              cli.put(
                  ((ReadResult.Read) r).document().id(),
                  ExtractionJson.toJsonLine(pipeline.extract(((ReadResult.Read) r).document()))));
    }
    assertThat(cli).hasSize(400);
    assertThat(job).containsExactlyInAnyOrderEntriesOf(cli);
  }

  @Test
  void writesTablesPartitionedByMonth() throws IOException {
    Path parquet = dir.resolve("out").resolve(ExtractJob.PARQUET);
    for (String table :
        List.of(
            "documents",
            "persons",
            "meetings",
            "agreements",
            "commitments",
            "merged_meetings",
            "merged_agreements",
            "merged_commitments")) {
      assertThat(parquet.resolve(table)).isDirectory();
      assertThat(dir.resolve("out").resolve(ExtractJob.JSONL).resolve(table)).isDirectory();
    }
    assertThat(parquet.resolve("documents").resolve("month=1987-03")).isDirectory();
    try (Stream<Path> months = Files.list(dir.resolve("out").resolve(ExtractJob.EXTRACTIONS))) {
      assertThat(months.map(p -> p.getFileName().toString()))
          .allMatch(m -> m.matches("month=\\d{4}-\\d{2}") || m.startsWith("_") || m.startsWith("."))
          .anyMatch(m -> m.startsWith("month=1987-"))
          .anyMatch(m -> m.startsWith("month=20"));
    }
    List<Row> meetings =
        LocalSpark.session()
            .read()
            .parquet(parquet.resolve("meetings").toString())
            .select("doc_id", "parties", "spans", "month")
            .collectAsList();
    assertThat(meetings).isNotEmpty();
    for (Row r : meetings) {
      assertThat(r.getList(1)).isNotEmpty();
      assertThat(r.getString(3)).matches("\\d{4}-\\d{2}");
    }
  }

  @Test
  void mergesMeetingsIntoAsManyRecordsAsTheLedger() {
    long merged =
        LocalSpark.session()
            .read()
            .parquet(dir.resolve("out/parquet/merged_meetings").toString())
            .count();
    try (Ledger ledger = Ledger.open(ingested.toString())) {
      long ledgerMeetings =
          ledger.db().query("SELECT id FROM records WHERE type = 'meeting'", rs -> 1).size();
      assertThat(merged).isEqualTo(ledgerMeetings).isPositive();
    }
  }

  @Test
  void bulkLoadIntoSqliteGivesTheLedgerOfIngest() {
    Path loaded = dir.resolve("load.db");
    LedgerLoad.Stats st =
        LedgerLoad.load(
            LocalSpark.session(), dir.resolve("out").toString(), loaded.toString(), 64, n -> {});
    assertThat(st.documents()).isEqualTo(400);
    try (Ledger a = Ledger.open(ingested.toString());
        Ledger b = Ledger.open(loaded.toString())) {
      List<String> pair = busiestPair(a);
      Views.Dossier expected = a.queries().dossier(pair.get(0), pair.get(1), AS_OF);
      assertThat(expected.meetings().size() + expected.agreements().size()).isPositive();
      assertThat(b.queries().dossier(pair.get(0), pair.get(1), AS_OF)).isEqualTo(expected);
      assertThat(b.canonicalDump()).isEqualTo(a.canonicalDump());
    }
  }

  @Test
  void bulkLoadIntoPostgresGivesTheDossierOfIngest() throws Exception {
    String url = System.getenv("ENTENTE_TEST_PG_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(), "ENTENTE_TEST_PG_URL is not set");
    String schema = "entente_spark_test";
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      st.execute("CREATE SCHEMA " + schema);
    }
    String pg = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    LedgerLoad.load(LocalSpark.session(), dir.resolve("out").toString(), pg, 100, n -> {});
    try (Ledger a = Ledger.open(ingested.toString());
        Ledger b = Ledger.open(pg)) {
      List<String> pair = busiestPair(a);
      assertThat(b.queries().dossier(pair.get(0), pair.get(1), AS_OF))
          .isEqualTo(a.queries().dossier(pair.get(0), pair.get(1), AS_OF));
    }
  }

  /** The two actors sharing the most records in {@code ledger}. */
  static List<String> busiestPair(Ledger ledger) {
    return ledger
        .db()
        .query(
            "SELECT x.actor, y.actor, COUNT(*) AS n FROM record_parties x JOIN record_parties y"
                + " ON x.record_id = y.record_id AND x.actor < y.actor"
                + " GROUP BY x.actor, y.actor ORDER BY n DESC, x.actor, y.actor",
            rs -> List.of(rs.getString(1), rs.getString(2)))
        .get(0);
  }
}
