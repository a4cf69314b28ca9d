package org.entente.pipeline.time;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the deadline reading on the development gold set: for every commitment with {@code
 * due_text}, {@code DateNormaliser.parse(due_text, published).due()} against the gold {@code due}.
 * Skipped when the shared data are absent. Run with:
 *
 * <pre>
 * ./mvnw -B -o -pl entente-pipeline -am test -Dtest=DevGoldDueAccuracyTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dentente.shared=/work/shared
 * </pre>
 */
class DevGoldDueAccuracyTest {

  /** A drop below this fails the build with the list of misses. */
  private static final double MIN_ACCURACY = 0.80;

  @Test
  void resolvesGoldDeadlinePhrasesAgainstPublicationDate() throws IOException {
    Path dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    assumeTrue(Files.isDirectory(dev), "no dev gold set at " + dev);
    ObjectMapper json = new ObjectMapper();
    List<String> misses = new ArrayList<>();
    int total = 0;
    List<Path> files;
    try (Stream<Path> s = Files.list(dev)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path f : files) {
      JsonNode doc = json.readTree(f.toFile());
      JsonNode pub = doc.get("published");
      LocalDate published = pub == null || pub.isNull() ? null : LocalDate.parse(pub.asText());
      for (JsonNode c : doc.path("commitments")) {
        JsonNode text = c.get("due_text");
        if (text == null || text.isNull()) {
          continue;
        }
        total++;
        JsonNode gold = c.get("due");
        String expected = gold == null || gold.isNull() ? null : gold.asText();
        String actual =
            DateNormaliser.parse(text.asText(), published)
                .map(m -> m.due() == null ? null : m.due().toString())
                .orElse(null);
        if (!Objects.equals(expected, actual)) {
          misses.add(
              String.format(
                  Locale.ROOT,
                  "%s @ %s: '%s' gold %s got %s",
                  f.getFileName(),
                  published,
                  text.asText(),
                  expected,
                  actual));
        }
      }
    }
    double accuracy = total == 0 ? 0 : (total - misses.size()) / (double) total;
    System.out.printf(
        Locale.ROOT,
        "due accuracy on dev gold due_text: %d/%d = %.3f%n",
        total - misses.size(),
        total,
        accuracy);
    misses.forEach(m -> System.out.println("  miss " + m));
    assertTrue(total > 0, "no due_text in " + dev);
    assertTrue(
        accuracy >= MIN_ACCURACY,
        "due accuracy " + accuracy + " below " + MIN_ACCURACY + ":\n" + String.join("\n", misses));
  }
}
