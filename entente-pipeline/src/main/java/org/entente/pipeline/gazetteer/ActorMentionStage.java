package org.entente.pipeline.gazetteer;

import java.util.Objects;
import org.entente.model.ActorMention;
import org.entente.model.Span;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * Adds an {@link ActorMention} for every state or organisation that the {@link Gazetteer} finds in
 * the repaired text, coded as of the document's publication date. Spans are in repaired-text
 * coordinates; {@link Analysis#toExtraction()} maps them to the original. Immutable and
 * thread-safe.
 */
public final class ActorMentionStage implements Stage {

  private final Gazetteer gazetteer;

  /**
   * A stage over {@link Gazetteer#defaults()}, or for a text in another language ({@link
   * Analysis#language()}), over {@link Gazetteer#forLanguage}.
   */
  public ActorMentionStage() {
    this.gazetteer = null;
  }

  /** A stage over {@code gazetteer}, whatever the language. */
  public ActorMentionStage(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  @Override
  public void process(Analysis analysis) {
    Gazetteer g = gazetteer != null ? gazetteer : Gazetteer.forLanguage(analysis.language());
    for (ActorMatch m : g.findActors(analysis.text(), analysis.referenceDate())) {
      analysis
          .actors()
          .add(new ActorMention(m.code(), m.kind(), m.how(), new Span(m.start(), m.end())));
    }
  }
}
