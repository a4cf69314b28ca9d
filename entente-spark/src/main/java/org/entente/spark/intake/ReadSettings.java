package org.entente.spark.intake;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.time.LocalDate;
import org.entente.pipeline.intake.ReadOptions;

/**
 * {@link ReadOptions} in a form Spark can ship to executors.
 *
 * @param defaultPublished the date of documents that carry none, or null
 * @param maxChars the largest text kept
 * @param charset the charset name of single-document inputs, or null to detect it
 */
public record ReadSettings(LocalDate defaultPublished, int maxChars, String charset)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public static ReadSettings of(ReadOptions o) {
    return new ReadSettings(
        o.defaultPublished(), o.maxChars(), o.charset() == null ? null : o.charset().name());
  }

  public ReadOptions options() {
    return new ReadOptions(
        defaultPublished, maxChars, charset == null ? null : Charset.forName(charset), null);
  }
}
