package org.entente.pipeline;

import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.actors.OfficialsExtractor;
import org.entente.pipeline.codes.EventCoder;
import org.entente.pipeline.events.AgreementExtractor;
import org.entente.pipeline.events.CommitmentExtractor;
import org.entente.pipeline.events.MeetingExtractor;
import org.entente.pipeline.gazetteer.ActorMentionStage;
import org.entente.pipeline.repair.RepairStage;
import org.entente.pipeline.text.SentenceSplitter;
import org.entente.pipeline.time.DateStage;
import org.entente.pipeline.topics.TopicClassifier;

/**
 * The facade: the default pipeline, assembled once and shared.
 *
 * <pre>{@code
 * Extraction e = Entente.pipeline().extract(document);
 * }</pre>
 */
public final class Entente {

  private Entente() {}

  /** The default pipeline; built on first use, then shared. Thread-safe. */
  public static Pipeline pipeline() {
    return Holder.DEFAULT;
  }

  /** Extracts with the default pipeline. */
  public static Extraction extract(Document document) {
    return pipeline().extract(document);
  }

  /** Assembles a fresh default pipeline, loading and validating every resource. */
  public static Pipeline newDefaultPipeline() {
    return Pipeline.builder()
        .add(new RepairStage())
        .add(new SentenceSplitter())
        .add(new ActorMentionStage())
        .add(new DateStage())
        .add(new OfficialsExtractor())
        .add(new MeetingExtractor())
        .add(new AgreementExtractor())
        .add(new CommitmentExtractor())
        .add(new TopicClassifier())
        .add(new EventCoder())
        .build();
  }

  private static final class Holder {
    static final Pipeline DEFAULT = newDefaultPipeline();
  }
}
