package org.entente.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The English function words a full-text query leaves out ({@code search-stop-words.txt}): "talks
 * on the budget" finds and highlights "talks" and "budget", not every "on" and "the". Loaded and
 * validated once; immutable.
 */
final class StopWords {

  private static final String FILE = "search-stop-words.txt";
  private static final Set<String> WORDS = load();

  private StopWords() {}

  static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> out = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + FILE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) {
          continue;
        }
        if (!w.matches("\\p{Ll}+")) {
          throw new IllegalStateException(FILE + ":" + n + ": not a lower-case word: " + w);
        }
        out.add(w);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(out);
  }
}
