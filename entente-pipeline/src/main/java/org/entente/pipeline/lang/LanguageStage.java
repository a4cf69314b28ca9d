package org.entente.pipeline.lang;

import java.util.Objects;
import java.util.Optional;
import org.entente.model.Diagnostic;
import org.entente.pipeline.Analysis;
import org.entente.pipeline.Stage;

/**
 * Tells the language of the document ({@link LanguageDetector}) and records it in the {@link
 * Analysis}, or records the language forced by the user ({@code --lang}). A language that Entente
 * does not read gets a warning diagnostic; the language-bound stages ({@link ByLanguage}) then add
 * nothing, rather than read the text with English rules. Runs after repair, before the splitter.
 * Immutable and thread-safe.
 */
public final class LanguageStage implements Stage {

  private final LanguageDetector detector;
  private final Language forced;

  /** A stage that detects the language of each document. */
  public LanguageStage() {
    this(LanguageDetector.defaults(), null);
  }

  /** A stage that reads every document as {@code forced}; null detects. */
  public LanguageStage(Language forced) {
    this(LanguageDetector.defaults(), forced);
  }

  public LanguageStage(LanguageDetector detector, Language forced) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.forced = forced;
  }

  @Override
  public void process(Analysis analysis) {
    String code = forced != null ? forced.code() : detector.detect(analysis.text());
    analysis.setLanguage(code);
    Optional<Language> read = Language.of(code);
    if (read.isEmpty()) {
      analysis.diagnose(
          new Diagnostic(
              Diagnostic.Severity.WARNING,
              "the text is in a language Entente does not read ("
                  + code
                  + "); nothing is extracted. Entente reads en, fr and es; --lang forces one.",
              null));
    }
  }
}
