package org.entente.spark.intake;

import java.io.Serializable;

/**
 * One input record before parsing: a JSON Lines line (a corpus line as read, or a document read
 * from a text, HTML, feed or Parquet input and written as a corpus line), or a record that could
 * not be read at all.
 *
 * @param file the index of the input file in the sorted input listing; orders the job's output like
 *     a sequential read of the same inputs ({@code entente ingest})
 * @param offset the byte offset of the line in its file (a running number for non-JSON inputs)
 * @param where the file and position, for bad-record reports
 * @param defaultSource the source of a record that names none (the file name)
 * @param line the JSON line, or null when {@code bad} is set
 * @param bad why the record could not be read, or null
 */
public record SourceLine(
    int file, long offset, String where, String defaultSource, String line, String bad)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A line to parse. */
  public static SourceLine of(int file, long offset, String where, String source, String line) {
    return new SourceLine(file, offset, where, source, line, null);
  }

  /** A record that could not be read. */
  public static SourceLine bad(int file, long offset, String where, String reason) {
    return new SourceLine(file, offset, where, null, null, reason);
  }
}
