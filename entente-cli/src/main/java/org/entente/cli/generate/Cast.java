package org.entente.cli.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The states a generated ledger is about, read from the pipeline's gazetteer ({@code states.tsv}):
 * independent states with a capital, the phrase book's major states first, drawn with a Zipf-like
 * weight so that a few pairs are busy and most are quiet.
 */
final class Cast {

  private static final String STATES = "/org/entente/pipeline/gazetteer/states.tsv";

  /** One state: its code, name, demonym and capital. */
  record State(String code, String name, String demonym, String capital) {}

  private final List<State> states;
  private final double[] cumulative;

  Cast(List<String> major) {
    Map<String, State> all = readStates();
    List<State> ordered = new ArrayList<>();
    for (String code : major) {
      State s = all.remove(code);
      if (s != null) {
        ordered.add(s);
      }
    }
    ordered.addAll(all.values());
    this.states = List.copyOf(ordered);
    this.cumulative = new double[states.size()];
    double sum = 0;
    for (int i = 0; i < states.size(); i++) {
      sum += 1.0 / Math.pow(i + 1, 1.1);
      cumulative[i] = sum;
    }
  }

  int size() {
    return states.size();
  }

  /** A state drawn by weight. */
  State draw(Random random) {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return states.get(i >= 0 ? i : Math.min(-i - 1, states.size() - 1));
  }

  /** Two different states drawn by weight. */
  State[] pair(Random random) {
    State a = draw(random);
    State b = draw(random);
    while (b.equals(a)) {
      b = draw(random);
    }
    return new State[] {a, b};
  }

  private static Map<String, State> readStates() {
    Map<String, State> out = new LinkedHashMap<>();
    try (InputStream in = Cast.class.getResourceAsStream(STATES)) {
      if (in == null) {
        throw new IllegalStateException("missing gazetteer " + STATES);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String header = null;
      String line;
      while ((line = r.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header == null) {
          header = line;
          continue;
        }
        String[] f = line.split("\t", -1);
        // code iso2 name official demonym capitals latitude longitude status
        if (f.length < 9 || !f[8].equals("independent") || f[5].isEmpty() || f[4].isEmpty()) {
          continue;
        }
        String capital = f[5].split("\\|")[0];
        out.put(f[0], new State(f[0], f[2], f[4], capital));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
