package org.entente.pipeline.codes;

import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/** Placeholder. */
public final class EventCoder implements Stage {
  @Override
  public void process(Analysis analysis) {}
}
