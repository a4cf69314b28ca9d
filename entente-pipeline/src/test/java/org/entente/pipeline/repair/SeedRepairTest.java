package org.entente.pipeline.repair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The two seed texts in ../shared/seeds: one damaged, one correct. Skipped when absent. */
class SeedRepairTest {

  private final MojibakeRepair repair = new MojibakeRepair();

  static Path seeds() {
    Path shared = Path.of(System.getProperty("entente.shared", "../shared"));
    if (!Files.isDirectory(shared) && System.getenv("ENTENTE_SHARED") != null) {
      shared = Path.of(System.getenv("ENTENTE_SHARED"));
    }
    return shared.resolve("seeds");
  }

  private static String seed(String prefix) throws IOException {
    Path dir = seeds();
    assumeTrue(Files.isDirectory(dir), "no shared seeds at " + dir);
    try (var files = Files.list(dir)) {
      Path file =
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElse(null);
      assumeTrue(file != null, "no seed " + prefix + "*");
      return Files.readString(file, StandardCharsets.UTF_8);
    }
  }

  @Test
  void repairsTheDamagedSeed() throws IOException {
    String original = seed("000_");
    RepairedText r = repair.repair(original);
    assertThat(r.text())
        .contains("joint communiqué issued", "same communiqué says", "The communiqué refers")
        .contains("what the text calls “the next level”.")
        .contains("on the Union’s southern flank")
        .doesNotContain("Ć©", "Ʃ", "ā");
    for (TextEdit e : r.edits()) {
      String from = original.substring(e.originalStart(), e.originalEnd());
      assertThat(from).isIn("Ć©", "Ʃ", "ā");
    }
  }

  @Test
  void leavesTheCorrectSeedByteIdentical() throws IOException {
    String original = seed("003_");
    RepairedText r = repair.repair(original);
    assertThat(r.text().getBytes(StandardCharsets.UTF_8))
        .isEqualTo(original.getBytes(StandardCharsets.UTF_8));
    assertThat(r.isIdentity()).isTrue();
  }
}
