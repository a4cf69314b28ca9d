package org.entente.cli;

import org.entente.pipeline.Entente;
import org.entente.pipeline.Pipeline;
import org.entente.pipeline.lang.Language;
import picocli.CommandLine;

/** The {@code --lang} option: read every text as one language instead of detecting it. */
final class LanguageOption {

  private LanguageOption() {}

  /** The shared pipeline when {@code code} is null, else one that reads every text as it. */
  static Pipeline pipeline(CommandLine cmd, String code) {
    if (code == null) {
      return Entente.pipeline();
    }
    Language language =
        Language.of(code)
            .orElseThrow(
                () ->
                    new CommandLine.ParameterException(
                        cmd, "--lang must be one of en, fr, es, was '" + code + "'"));
    return Entente.newPipeline(language);
  }
}
