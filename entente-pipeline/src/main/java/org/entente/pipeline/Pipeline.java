package org.entente.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.model.Diagnostic;
import org.entente.model.Document;
import org.entente.model.Extraction;

/**
 * An assembled sequence of {@link Stage stages}. Immutable and thread-safe: build one per JVM and
 * share it. The assembler touches no text; stages do.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new MojibakeRepairStage()).add(new SentenceSplitter()).build();
 * Extraction e = p.extract(document);
 * }</pre>
 */
public final class Pipeline {

  private final List<Stage> stages;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<Stage> stages() {
    return stages;
  }

  /**
   * Runs every stage over {@code document}. Never throws on content: a stage that fails is recorded
   * as an error diagnostic and the later stages still run.
   */
  public Extraction extract(Document document) {
    return analyse(document).toExtraction();
  }

  /**
   * Like {@link #extract} but returns the working state, for tools that need sentences or dates.
   */
  public Analysis analyse(Document document) {
    Analysis analysis = new Analysis(document);
    for (Stage stage : stages) {
      try {
        stage.process(analysis);
      } catch (RuntimeException | StackOverflowError e) {
        analysis.diagnose(
            new Diagnostic(
                Diagnostic.Severity.ERROR,
                stage.name() + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(),
                null));
      }
    }
    return analysis;
  }

  /** Assembles a pipeline; adding a stage is one call. */
  public static final class Builder {
    private final List<Stage> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(Stage stage) {
      stages.add(Objects.requireNonNull(stage, "stage"));
      return this;
    }

    public Pipeline build() {
      return new Pipeline(stages);
    }
  }
}
