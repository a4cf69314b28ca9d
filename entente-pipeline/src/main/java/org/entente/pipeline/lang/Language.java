package org.entente.pipeline.lang;

import java.util.Locale;
import java.util.Optional;

/**
 * A language Entente reads. English is the default and reads with the English stages; every other
 * language reads with the stages of {@link org.entente.pipeline.lang.extract} over its {@link
 * Lexicon}, a folder of resource files beside this class ({@code fr/}, {@code es/}).
 */
public enum Language {
  EN("en"),
  FR("fr"),
  ES("es");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The ISO 639-1 code: "en", "fr", "es". */
  public String code() {
    return code;
  }

  /** The language of {@code code} (any case), or empty when Entente does not read it. */
  public static Optional<Language> of(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String c = code.strip().toLowerCase(Locale.ROOT);
    for (Language l : values()) {
      if (l.code.equals(c)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
