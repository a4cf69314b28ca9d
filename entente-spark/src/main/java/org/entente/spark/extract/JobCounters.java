package org.entente.spark.extract;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * The job's Spark accumulators: records read, documents extracted, characters and bytes of input,
 * and bad records by {@link BadKind}. Added to on the executors, read on the driver after an
 * action.
 */
public final class JobCounters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Why a record was set aside. */
  public enum BadKind {
    /** Unreadable file or line, or not JSON. */
    MALFORMED,
    /** No id or no text. */
    MISSING_FIELD,
    /** A field that is not a string. */
    NOT_A_STRING,
    /** A text or line over the size cap. */
    OVERSIZED,
    /** The pipeline threw on the document. */
    EXTRACTION_FAILED,
    /** Anything else the intake rejects (an empty or binary file). */
    OTHER;

    /** The kind of a reason written by the intake or the job. */
    public static BadKind of(String reason) {
      String r = reason.toLowerCase(Locale.ROOT);
      if (r.startsWith("extraction failed")) {
        return EXTRACTION_FAILED;
      }
      if (r.startsWith("malformed") || r.startsWith("not a json") || r.startsWith("unreadable")) {
        return MALFORMED;
      }
      if (r.startsWith("missing")) {
        return MISSING_FIELD;
      }
      if (r.endsWith("is not a string")) {
        return NOT_A_STRING;
      }
      if (r.contains("longer than")) {
        return OVERSIZED;
      }
      return OTHER;
    }
  }

  private final LongAccumulator records;
  private final LongAccumulator documents;
  private final LongAccumulator chars;
  private final LongAccumulator bytes;
  private final Map<BadKind, LongAccumulator> bad = new EnumMap<>(BadKind.class);

  /** Registers the accumulators with {@code sc}. */
  public JobCounters(SparkContext sc) {
    records = sc.longAccumulator("entente.records");
    documents = sc.longAccumulator("entente.documents");
    chars = sc.longAccumulator("entente.chars");
    bytes = sc.longAccumulator("entente.bytes");
    for (BadKind k : BadKind.values()) {
      bad.put(k, sc.longAccumulator("entente.bad." + k.name().toLowerCase(Locale.ROOT)));
    }
  }

  void record(long lineBytes) {
    records.add(1);
    bytes.add(lineBytes);
  }

  void document(int textChars) {
    documents.add(1);
    chars.add(textChars);
  }

  void bad(String reason) {
    bad.get(BadKind.of(reason)).add(1);
  }

  public long records() {
    return records.value();
  }

  public long documents() {
    return documents.value();
  }

  public long chars() {
    return chars.value();
  }

  /** UTF-8 bytes of the input records (JSON lines as read). */
  public long bytes() {
    return bytes.value();
  }

  public long bad(BadKind kind) {
    return bad.get(kind).value();
  }

  public long bad() {
    return bad.values().stream().mapToLong(LongAccumulator::value).sum();
  }

  /** Bad-record counts by kind, for the job summary. */
  public Map<BadKind, Long> badByKind() {
    Map<BadKind, Long> out = new EnumMap<>(BadKind.class);
    bad.forEach((k, v) -> out.put(k, v.value()));
    return out;
  }
}
