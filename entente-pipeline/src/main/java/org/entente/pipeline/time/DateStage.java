package org.entente.pipeline.time;

import java.util.Objects;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * Finds the time expressions of a document and adds them to {@link Analysis#dates()}, read against
 * the document's publication date. Needs only the repaired text; final, immutable, thread-safe.
 */
public final class DateStage implements Stage {

  private final DateNormaliser normaliser;

  /** A stage with the default word lists. */
  public DateStage() {
    this(DateNormaliser.defaults());
  }

  public DateStage(DateNormaliser normaliser) {
    this.normaliser = Objects.requireNonNull(normaliser, "normaliser");
  }

  @Override
  public void process(Analysis analysis) {
    analysis.dates().addAll(normaliser.find(analysis.text(), analysis.document().published()));
  }
}
