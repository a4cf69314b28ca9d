package org.entente.pipeline;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.model.Document;
import org.entente.model.Extraction;
import org.entente.pipeline.actors.KnownOfficials;
import org.entente.pipeline.actors.OfficialsExtractor;
import org.entente.pipeline.codes.EventCoder;
import org.entente.pipeline.events.AgreementExtractor;
import org.entente.pipeline.events.CommitmentExtractor;
import org.entente.pipeline.events.MeetingExtractor;
import org.entente.pipeline.gazetteer.ActorMentionStage;
import org.entente.pipeline.lang.ByLanguage;
import org.entente.pipeline.lang.Language;
import org.entente.pipeline.lang.LanguageStage;
import org.entente.pipeline.lang.LazyStage;
import org.entente.pipeline.lang.Lexicon;
import org.entente.pipeline.lang.extract.AgreementReader;
import org.entente.pipeline.lang.extract.CommitmentReader;
import org.entente.pipeline.lang.extract.LocalDateStage;
import org.entente.pipeline.lang.extract.MeetingReader;
import org.entente.pipeline.lang.extract.OfficialsReader;
import org.entente.pipeline.repair.RepairStage;
import org.entente.pipeline.text.SentenceSplitter;
import org.entente.pipeline.time.DateStage;
import org.entente.pipeline.time.ReferenceDateStage;
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
    return newPipeline(null);
  }

  /**
   * Assembles a fresh pipeline that reads every text as {@code language}, or detects the language
   * of each text when it is null. English texts go through the English stages; French and Spanish
   * ones through the stages of {@link org.entente.pipeline.lang.extract} over their lexicons.
   */
  public static Pipeline newPipeline(Language language) {
    List<Language> others = List.of(Language.FR, Language.ES);
    return Pipeline.builder()
        .add(new RepairStage())
        .add(new LanguageStage(language))
        .add(new SentenceSplitter())
        .add(ByLanguage.of(new ReferenceDateStage(), each(others, LocalDateStage::reference)))
        .add(new ActorMentionStage())
        .add(ByLanguage.of(new DateStage(), each(others, LocalDateStage::new)))
        .add(ByLanguage.of(new OfficialsExtractor(), each(others, OfficialsReader::new)))
        .add(new KnownOfficials())
        .add(ByLanguage.of(new MeetingExtractor(), each(others, MeetingReader::new)))
        .add(ByLanguage.of(new AgreementExtractor(), each(others, AgreementReader::new)))
        .add(ByLanguage.of(new CommitmentExtractor(), each(others, CommitmentReader::new)))
        .add(
            ByLanguage.of(
                new TopicClassifier(), each(others, l -> new TopicClassifier(l.topics()))))
        .add(new EventCoder())
        .build();
  }

  /**
   * For each of {@code languages}, the stage made of its lexicon, built on the first text in that
   * language: loading the French and Spanish lexicons and compiling their phrase lists was a good
   * part of the start-up of every run, English texts only or not.
   */
  private static Map<Language, Stage> each(
      List<Language> languages, Function<Lexicon, Stage> stage) {
    Map<Language, Stage> out = new EnumMap<>(Language.class);
    for (Language l : languages) {
      out.put(l, LazyStage.of(() -> stage.apply(Lexicon.of(l))));
    }
    return out;
  }

  private static final class Holder {
    static final Pipeline DEFAULT = newDefaultPipeline();
  }
}
