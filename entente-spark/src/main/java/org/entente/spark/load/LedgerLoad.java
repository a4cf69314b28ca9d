package org.entente.spark.load;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.get_json_object;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.LongConsumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.spark.ExtractJob;
import org.entente.store.Ledger;

/**
 * Bulk load of a job's output into the ledger (SQLite, or PostgreSQL for large results): the
 * documents table and the per-document extraction lines are joined by id in Spark, sorted into
 * input order and streamed to the driver a partition at a time, and written with {@link
 * Ledger#write(List)} in batches, one transaction each. Because the ledger's story and identity
 * rules depend on the order documents arrive, writing in input order gives the ledger that {@code
 * entente ingest} of the same inputs gives. Loading is idempotent: a document already stored with
 * the same content is skipped by the ledger.
 */
public final class LedgerLoad {

  private LedgerLoad() {}

  /**
   * What a load did.
   *
   * @param documents documents written (added, updated or unchanged)
   * @param added documents new to the ledger
   * @param seconds wall-clock time
   */
  public record Stats(long documents, long added, double seconds) {}

  /**
   * Loads the output folder {@code output} of an extraction job into the store at {@code store} (a
   * SQLite path or a JDBC URL).
   *
   * @param progress told the number of documents written after each batch
   */
  public static Stats load(
      SparkSession spark, String output, String store, int batchSize, LongConsumer progress) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    long t0 = System.nanoTime();
    Dataset<Row> docs =
        spark
            .read()
            .parquet(output + "/" + ExtractJob.PARQUET + "/documents")
            .select("id", "source", "published", "title", "text", "input_file", "input_offset");
    Dataset<Row> lines =
        spark
            .read()
            .text(output + "/" + ExtractJob.EXTRACTIONS)
            .select(get_json_object(col("value"), "$.id").as("xid"), col("value").as("json"));
    Dataset<Row> ordered =
        docs.join(lines, docs.col("id").equalTo(lines.col("xid")))
            .orderBy(col("input_file"), col("input_offset"))
            .select("id", "source", "published", "title", "text", "json");
    long written = 0;
    long added = 0;
    try (Ledger ledger = Ledger.open(store)) {
      List<Extraction> batch = new ArrayList<>(batchSize);
      Iterator<Row> it = ordered.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        String published = r.getString(2);
        Document d =
            new Document(
                r.getString(0),
                r.getString(1),
                published == null ? null : LocalDate.parse(published),
                r.getString(3),
                r.getString(4));
        batch.add(ExtractionReader.read(d, r.getString(5)));
        if (batch.size() == batchSize || !it.hasNext()) {
          for (Object outcome : ledger.write(batch)) {
            if ("ADDED".equals(outcome.toString())) {
              added++;
            }
          }
          written += batch.size();
          batch.clear();
          progress.accept(written);
        }
      }
    }
    return new Stats(written, added, (System.nanoTime() - t0) / 1e9);
  }
}
