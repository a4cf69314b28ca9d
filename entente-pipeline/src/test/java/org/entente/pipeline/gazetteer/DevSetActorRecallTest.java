package org.entente.pipeline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Recall of the gold actor codes of the development set (persons' affiliations and meeting parties)
 * among the codes {@link Gazetteer#findActors} finds in each text with its publication date. Prints
 * the figure and the misses; fails below the floor. Skips when ../shared is absent. Run:
 *
 * <pre>
 * ./mvnw -B -q -o -pl entente-pipeline -am test -Dtest=DevSetActorRecallTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dentente.shared=/work/shared
 * </pre>
 */
class DevSetActorRecallTest {

  private static final double FLOOR = 0.95;

  @Test
  void findsGoldActorCodesOfTheDevelopmentSet() throws IOException {
    Path dev = Path.of(System.getProperty("entente.shared", "../shared"), "eval", "dev");
    assumeTrue(Files.isDirectory(dev), "no development set at " + dev);
    ObjectMapper json = new ObjectMapper();
    Gazetteer g = Gazetteer.defaults();
    int gold = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(dev)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode doc = json.readTree(file.toFile());
      LocalDate published =
          doc.path("published").isTextual() ? LocalDate.parse(doc.get("published").asText()) : null;
      Set<String> expected = new TreeSet<>();
      doc.path("persons").forEach(p -> addCode(expected, p.path("affiliation")));
      doc.path("meetings").forEach(m -> m.path("parties").forEach(c -> addCode(expected, c)));
      Set<String> codes = new TreeSet<>();
      g.findActors(doc.get("text").asText(), published).forEach(m -> codes.add(m.code()));
      for (String code : expected) {
        gold++;
        if (codes.contains(code)) {
          found++;
        } else {
          misses.add(doc.get("id").asText() + ": " + code);
        }
      }
    }
    double recall = gold == 0 ? 1 : (double) found / gold;
    System.out.printf(
        java.util.Locale.ROOT,
        "dev actor recall: %d/%d = %.3f; misses: %s%n",
        found,
        gold,
        recall,
        misses);
    assertThat(recall).as("recall; misses: %s", misses).isGreaterThanOrEqualTo(FLOOR);
  }

  private static void addCode(Set<String> codes, JsonNode node) {
    if (node.isTextual() && !node.asText().isBlank()) {
      codes.add(node.asText());
    }
  }
}
