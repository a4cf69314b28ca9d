package org.entente.pipeline.lang;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * One step of the pipeline done by a different stage for each language: the stage of the document's
 * language ({@link Analysis#language()}) runs; a language with no stage here, such as one Entente
 * does not read, runs none. Immutable and thread-safe when its stages are.
 */
public final class ByLanguage implements Stage {

  private final String name;
  private final Map<Language, Stage> stages;

  private ByLanguage(String name, Map<Language, Stage> stages) {
    this.name = name;
    this.stages = new EnumMap<>(stages);
  }

  /** {@code english} for English texts, {@code others} for the languages they name. */
  public static ByLanguage of(Stage english, Map<Language, Stage> others) {
    Map<Language, Stage> all = new EnumMap<>(Language.class);
    all.putAll(others);
    all.put(Language.EN, Objects.requireNonNull(english, "english"));
    return new ByLanguage(english.name(), all);
  }

  /** The stage that reads {@code language}, or null. */
  public Stage stageFor(Language language) {
    Stage s = stages.get(language);
    return s instanceof LazyStage lazy ? lazy.get() : s;
  }

  @Override
  public void process(Analysis analysis) {
    Language.of(analysis.language()).map(stages::get).ifPresent(stage -> stage.process(analysis));
  }

  @Override
  public String name() {
    return name;
  }
}
