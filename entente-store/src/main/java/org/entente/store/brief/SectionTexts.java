package org.entente.store.brief;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headings of a brief's sections and what each says when empty, from {@code sections.tsv}
 * (format documented in the file). Loaded and validated once; immutable and thread-safe.
 */
final class SectionTexts {

  private static final String FILE = "sections.tsv";

  private static final SectionTexts DEFAULT = load();

  private final Map<String, String[]> texts;

  private SectionTexts(Map<String, String[]> texts) {
    this.texts = texts;
  }

  static SectionTexts defaults() {
    return DEFAULT;
  }

  /**
   * An empty-or-not section with its texts, "{name}" placeholders filled from {@code values}.
   *
   * @throws IllegalStateException when {@code key} is not in the file
   */
  Section section(String key, List<Statement> statements, Map<String, String> values) {
    return section(key, new Capped(statements, 0), values);
  }

  /** As {@link #section(String, List, Map)}, saying how many lines were left out past the cap. */
  Section section(String key, Capped lines, Map<String, String> values) {
    String[] t = texts.get(key);
    if (t == null) {
      throw new IllegalStateException(FILE + ": no section " + key);
    }
    return new Section(
        key, fill(t[0], values), lines.statements(), fill(t[1], values), lines.more());
  }

  private static String fill(String text, Map<String, String> values) {
    String out = text;
    for (Map.Entry<String, String> e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  static SectionTexts load() {
    Map<String, String[]> m = new LinkedHashMap<>();
    try (InputStream in = SectionTexts.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
          throw new IllegalStateException(
              FILE + ":" + n + ": want key, heading and empty text separated by tabs: " + line);
        }
        if (m.put(f[0], new String[] {f[1], f[2]}) != null) {
          throw new IllegalStateException(FILE + ":" + n + ": section " + f[0] + " twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SectionTexts(Map.copyOf(m));
  }
}
