package org.entente.spark.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.intake.JsonRecord;
import org.entente.pipeline.intake.ReadOptions;
import org.entente.pipeline.intake.ReadResult;
import org.entente.pipeline.json.ExtractionJson;
import org.entente.spark.intake.ReadSettings;
import org.entente.spark.intake.SourceLine;
import org.entente.spark.tables.Rows;
import org.entente.store.stories.MinHash;

/**
 * The per-partition extraction: parses each {@link SourceLine}, runs the executor's one pipeline
 * ({@link PipelineHolder}) and yields one row per record: a document with its extraction as the
 * JSON line {@code entente extract} writes and its MinHash signature, or a bad record with the
 * reason. Never throws on content: a document whose extraction throws is a bad record. Lazy, so a
 * partition streams through in bounded memory.
 */
public final class DocumentExtraction implements FlatMapFunction<Iterator<SourceLine>, Row> {

  private static final long serialVersionUID = 1L;

  /** The month of undated documents. */
  public static final String UNKNOWN_MONTH = "unknown";

  /** The rows this function yields; {@code kind} is {@code doc} or {@code bad}. */
  public static final StructType SCHEMA =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("input_file", DataTypes.IntegerType, false)
          .add("input_offset", DataTypes.LongType, false)
          .add("input_where", DataTypes.StringType, true)
          .add("id", DataTypes.StringType, true)
          .add("source", DataTypes.StringType, true)
          .add("published", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          .add("text", DataTypes.StringType, true)
          .add("month", DataTypes.StringType, true)
          .add("json", DataTypes.StringType, true)
          .add("signature", DataTypes.createArrayType(DataTypes.IntegerType, false), true)
          .add("reason", DataTypes.StringType, true);

  private final ReadSettings settings;
  private transient ReadOptions options;
  private final JobCounters counters;

  public DocumentExtraction(ReadOptions options, JobCounters counters) {
    this.settings = ReadSettings.of(options);
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<SourceLine> in) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public Row next() {
        if (!in.hasNext()) {
          throw new NoSuchElementException();
        }
        return process(in.next());
      }
    };
  }

  private Row process(SourceLine s) {
    counters.record(s.line() == null ? 0 : s.line().getBytes(StandardCharsets.UTF_8).length);
    if (s.bad() != null) {
      return bad(s, null, s.bad());
    }
    if (options == null) {
      options = settings.options();
    }
    ReadResult parsed = JsonRecord.parseLine(s.line(), s.where(), s.defaultSource(), options);
    if (parsed instanceof ReadResult.BadRecord r) {
      return bad(s, JsonRecord.idOf(s.line()), r.reason());
    }
    Document d = ((ReadResult.Read) parsed).document();
    String json;
    try {
      Extraction x = PipelineHolder.get().extract(d);
      json = ExtractionJson.toJsonLine(x);
    } catch (RuntimeException | StackOverflowError e) {
      return bad(s, d.id(), "extraction failed: " + e);
    }
    int[] sig = MinHash.signature(d.fullText());
    List<Integer> signature = new ArrayList<>(sig.length);
    for (int v : sig) {
      signature.add(v);
    }
    counters.document(d.text().length());
    String published = d.published() == null ? null : d.published().toString();
    return RowFactory.create(
        "doc",
        s.file(),
        s.offset(),
        s.where(),
        d.id(),
        d.source(),
        published,
        d.title(),
        d.text(),
        monthOf(d.published()),
        json,
        Rows.seq(signature),
        null);
  }

  /** {@code YYYY-MM} of {@code day}, or {@link #UNKNOWN_MONTH}. */
  public static String monthOf(java.time.LocalDate day) {
    return day == null ? UNKNOWN_MONTH : java.time.YearMonth.from(day).toString();
  }

  private Row bad(SourceLine s, String id, String reason) {
    counters.bad(reason);
    return RowFactory.create(
        "bad",
        s.file(),
        s.offset(),
        s.where(),
        id,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        reason);
  }
}
