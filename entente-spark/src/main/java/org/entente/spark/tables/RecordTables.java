package org.entente.spark.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The flat record tables, derived in Spark from the per-document extraction JSON: one row per
 * person, meeting, agreement or commitment, with its document's id, publication date and month,
 * story and input position, its index in the document, parties as an array, dates as strings
 * ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code XXXX-MM-DD}), evidence spans as {@code [[start,
 * end], …]} into the original text, and CAMEO/PLOVER codes.
 */
public final class RecordTables {

  private RecordTables() {}

  /** The part of the extraction JSON that the record tables read. */
  public static final StructType EXTRACTION =
      StructType.fromDDL(
          "persons ARRAY<STRUCT<name: STRING, role: STRING, affiliation: STRING,"
              + " spans: ARRAY<ARRAY<INT>>>>,"
              + " meetings ARRAY<STRUCT<parties: ARRAY<STRING>, mode: STRING, kind: STRING,"
              + " place: STRING, location: STRUCT<name: STRING, country: STRING, lat: DOUBLE,"
              + " lon: DOUBLE>, date: STRING, cameo: STRING, plover: STRING,"
              + " spans: ARRAY<ARRAY<INT>>>>,"
              + " agreements ARRAY<STRUCT<parties: ARRAY<STRING>, name: STRING, kind: STRING,"
              + " status: STRING, date: STRING, cameo: STRING, plover: STRING,"
              + " spans: ARRAY<ARRAY<INT>>>>,"
              + " commitments ARRAY<STRUCT<parties: ARRAY<STRING>, action: STRING, place: STRING,"
              + " due: STRING, due_kind: STRING, due_text: STRING, cameo: STRING, plover: STRING,"
              + " spans: ARRAY<ARRAY<INT>>>>,"
              + " topics ARRAY<STRING>");

  /** The record kinds, as JSON field and table names. */
  public static final String[] KINDS = {"persons", "meetings", "agreements", "commitments"};

  /**
   * {@code docs} (columns {@code id, source, published, title, text, month, story_id, input_file,
   * input_offset, json}) with the extraction parsed into column {@code x}: the rows every table is
   * derived from.
   */
  public static Dataset<Row> parsed(Dataset<Row> docs) {
    return docs.select(
        col("id").as("doc_id"),
        col("source"),
        col("published"),
        col("title"),
        col("text"),
        col("month"),
        col("story_id"),
        col("input_file"),
        col("input_offset"),
        from_json(col("json"), EXTRACTION).as("x"));
  }

  /** The flat table of one record kind ({@link #KINDS}) from {@link #parsed} rows. */
  public static Dataset<Row> table(Dataset<Row> parsed, String kind) {
    Dataset<Row> exploded =
        parsed.select(
            col("doc_id"),
            col("published"),
            col("month"),
            col("story_id"),
            col("input_file"),
            col("input_offset"),
            posexplode(col("x." + kind)).as(new String[] {"index", "r"}));
    return exploded.select(
        col("doc_id"),
        col("published"),
        col("month"),
        col("story_id"),
        col("input_file"),
        col("input_offset"),
        col("index"),
        col("r.*"));
  }

  /** Counts of records per document, for the documents table. */
  public static Column[] counts() {
    Column[] out = new Column[KINDS.length + 1];
    for (int i = 0; i < KINDS.length; i++) {
      out[i] = size(col("x." + KINDS[i])).as(KINDS[i]);
    }
    out[KINDS.length] = col("x.topics").as("topics");
    return out;
  }
}
