package org.entente.cli.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The generator's phrase book: variants by key, read from a tab-separated resource. */
final class Phrases {

  private final Map<String, List<String[]>> byKey;

  private Phrases(Map<String, List<String[]>> byKey) {
    this.byKey = byKey;
  }

  /** The bundled phrase book ({@code phrases.tsv} next to this class). */
  static Phrases bundled() {
    return new Phrases(read("phrases.tsv"));
  }

  /** All variants of {@code key}, each as its tab-separated fields after the key. */
  List<String[]> variants(String key) {
    List<String[]> v = byKey.get(key);
    if (v == null || v.isEmpty()) {
      throw new IllegalStateException("phrase book has no '" + key + "'");
    }
    return v;
  }

  /** The first field of every variant of {@code key}. */
  List<String> words(String key) {
    List<String> out = new ArrayList<>();
    for (String[] v : variants(key)) {
      out.add(v[0]);
    }
    return out;
  }

  static Map<String, List<String[]>> read(String resource) {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
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
        if (f.length < 2) {
          throw new IllegalStateException(resource + ":" + n + ": expected KEY<TAB>TEXT");
        }
        out.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(java.util.Arrays.copyOfRange(f, 1, f.length));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
