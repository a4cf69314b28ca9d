package org.entente.pipeline.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.entente.pipeline.Entente;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quality gates on the communiqué sets, the held-out sets and our own study set, read from {@code
 * quality-gates.tsv}: each line names a set under {@code ../shared/eval} (or {@code own/LANG} in
 * the test resources), a category (or {@code macro}) and the F1 it must keep, set a little under
 * what the pipeline measures. A drop fails the build with the set's figures. For a held-out set the
 * failure message gives the figures only, never its missed or spurious records: held-out texts are
 * measured, not studied. Skipped when a set is absent.
 */
class AnnotatedSetGatesTest {

  private static final String GATES = "quality-gates.tsv";
  private static final Map<String, Scorer> SCORED = new ConcurrentHashMap<>();

  static Stream<Arguments> gates() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (InputStream in = AnnotatedSetGatesTest.class.getResourceAsStream(GATES)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + GATES);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String body = line.replaceFirst("\\s*#.*$", "");
        if (body.isBlank()) {
          continue;
        }
        String[] f = body.split("\t");
        if (f.length != 3) {
          throw new IllegalStateException(GATES + ":" + n + ": want SET<tab>CATEGORY<tab>F1");
        }
        out.add(Arguments.of(f[0].strip(), f[1].strip(), Double.parseDouble(f[2].strip())));
      }
    }
    return out.stream();
  }

  /**
   * A set under {@code ../shared/eval}, or one of our own in the test resources ({@code own/en}:
   * fiction written by the project, see its README).
   */
  private static Path dirOf(String set) {
    if (set.startsWith("own/")) {
      try {
        return Path.of(AnnotatedSetGatesTest.class.getResource(set).toURI());
      } catch (java.net.URISyntaxException | NullPointerException e) {
        throw new IllegalStateException("missing test resource " + set, e);
      }
    }
    return Path.of(System.getProperty("entente.shared", "../shared"), "eval", set);
  }

  @ParameterizedTest(name = "{0} {1} >= {2}")
  @MethodSource("gates")
  void staysAboveGate(String set, String category, double gate) {
    Path dir = dirOf(set);
    Assumptions.assumeTrue(Files.isDirectory(dir), "no annotated set at " + dir);
    Scorer scorer =
        SCORED.computeIfAbsent(
            set, s -> Evaluation.run(Entente.pipeline(), GoldDocument.readDir(dir)));
    double f1 = "macro".equals(category) ? scorer.macroF1() : scorer.figures(category).f1();
    String why =
        set.endsWith("-heldout")
            ? scorer.report()
            : scorer.report() + System.lineSeparator() + Evaluation.details(scorer);
    assertThat(f1)
        .as("%s %s F1 fell under %.2f:%n%s", set, category, gate, why)
        .isGreaterThanOrEqualTo(gate);
  }
}
