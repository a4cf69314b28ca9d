package org.entente.pipeline.text;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Abbreviations that end with a period ("Dr.", "Inc.", "U.S."), loaded from {@code
 * abbreviations.txt}, whose header documents the format. Immutable and thread-safe.
 */
public final class Abbreviations {

  /** What may follow an abbreviation. */
  public enum Kind {
    /** Precedes a name or a number ("Dr. Rojas", "No. 10"); never ends a sentence. */
    PREFIX,
    /** May end a sentence, which the splitter decides from the next word. */
    ORDINARY
  }

  static final String RESOURCE = "abbreviations.txt";

  private final Map<String, Kind> kinds;

  private Abbreviations(Map<String, Kind> kinds) {
    // a hash map, not Map.copyOf: asked about every word that ends before a period, and its lookup
    // compares hash codes before it compares strings
    this.kinds = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(kinds));
  }

  /** The bundled list; loaded and validated once. */
  public static Abbreviations defaults() {
    return Defaults.INSTANCE;
  }

  /**
   * Parses a list in the format of {@code abbreviations.txt}.
   *
   * @param file the name to give in errors
   * @throws IllegalArgumentException naming the file, the line and its content when a line is bad
   */
  public static Abbreviations parse(String file, Reader reader) {
    try {
      return of(ResourceLines.read(file, reader));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Abbreviations of(Iterable<ResourceLines.Line> lines) {
    Map<String, Kind> kinds = new HashMap<>();
    for (ResourceLines.Line line : lines) {
      String[] fields = line.content().split("\\s+");
      if (fields.length != 2) {
        throw line.error("expected '<abbreviation> <kind>'");
      }
      String abbreviation = fields[0];
      if (abbreviation.length() < 2 || !abbreviation.endsWith(".")) {
        throw line.error("an abbreviation ends with a period");
      }
      if (!Character.isLetter(abbreviation.codePointAt(0))) {
        throw line.error("an abbreviation starts with a letter");
      }
      Kind kind;
      try {
        kind = Kind.valueOf(fields[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw line.error("unknown kind '" + fields[1] + "' (prefix or ordinary)");
      }
      if (kinds.put(abbreviation, kind) != null) {
        throw line.error("duplicate abbreviation");
      }
    }
    return new Abbreviations(kinds);
  }

  /** True when {@code word} (with its final period) is listed. */
  public boolean contains(String word) {
    return kinds.containsKey(word);
  }

  /**
   * The kind of an abbreviation token: the listed kind, ORDINARY for unlisted runs of single
   * letters with periods ("U.S.A.", "J."), or null when {@code word} is no abbreviation.
   */
  public Kind kind(String word) {
    Kind listed = kinds.get(word);
    if (listed != null) {
      return listed;
    }
    return isLetterPeriodRun(word) ? Kind.ORDINARY : null;
  }

  /** "J.", "U.S.", "a.m.": single letters, each followed by a period. */
  static boolean isLetterPeriodRun(String word) {
    int n = word.length();
    if (n < 2 || n % 2 != 0) {
      return false;
    }
    for (int i = 0; i < n; i += 2) {
      if (!Character.isLetter(word.charAt(i)) || word.charAt(i + 1) != '.') {
        return false;
      }
    }
    return true;
  }

  private static final class Defaults {
    static final Abbreviations INSTANCE = of(ResourceLines.resource(RESOURCE));
  }
}
