package org.entente.pipeline.lang;

import java.util.Objects;
import java.util.function.Supplier;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * A stage built on its first document. The French and Spanish stages load lexicons and compile
 * phrase lists, a good part of the start-up of a run; a run over English texts never needs them. A
 * resource that fails to load fails the first document of its language (as an error diagnostic)
 * instead of the pipeline's assembly. Thread-safe: built once, then shared.
 */
public final class LazyStage implements Stage {

  private final Supplier<Stage> factory;
  private volatile Stage stage;

  private LazyStage(Supplier<Stage> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** The stage that {@code factory} makes, made when the first document reaches it. */
  public static LazyStage of(Supplier<Stage> factory) {
    return new LazyStage(factory);
  }

  @Override
  public void process(Analysis analysis) {
    get().process(analysis);
  }

  /** The built stage's name (building it): diagnostics name the stage that ran. */
  @Override
  public String name() {
    return get().name();
  }

  /** The stage, built on first use. */
  Stage get() {
    Stage s = stage;
    if (s == null) {
      synchronized (this) {
        s = stage;
        if (s == null) {
          s = Objects.requireNonNull(factory.get(), "stage");
          stage = s;
        }
      }
    }
    return s;
  }
}
