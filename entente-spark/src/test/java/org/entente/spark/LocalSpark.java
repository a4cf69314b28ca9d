package org.entente.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

/** The tests' one local Spark session (local[2], no UI, few shuffle partitions) and ../shared. */
final class LocalSpark {

  private LocalSpark() {}

  static SparkSession session() {
    return SparkSession.builder()
        .appName("entente-spark-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  /** The shared corpus folder; skips the calling test when it is absent. */
  static Path corpus() {
    Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
    if (!Files.isDirectory(shared) && System.getenv("ENTENTE_SHARED") != null) {
      shared = Path.of(System.getenv("ENTENTE_SHARED"));
    }
    Path corpus = shared.resolve("corpus");
    Assumptions.assumeTrue(
        Files.exists(corpus.resolve("reuters21578-sample.jsonl"))
            && Files.exists(corpus.resolve("article-bias-prediction-sample.jsonl")),
        "corpus samples not found under " + shared);
    return corpus;
  }
}
