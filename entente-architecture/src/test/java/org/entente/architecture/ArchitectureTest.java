package org.entente.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules of {@link ArchitectureRules} over the main classes of every module, read from each
 * module's {@code target/classes} (this module is built last).
 */
class ArchitectureTest {

  static final List<String> MODULES =
      List.of(
          "entente-model",
          "entente-pipeline",
          "entente-store",
          "entente-server",
          "entente-cli",
          "entente-bench",
          "entente-spark");

  private static JavaClasses classes;

  @BeforeAll
  static void importEveryModule() {
    Path root = Files.isDirectory(Path.of("entente-model")) ? Path.of(".") : Path.of("..");
    List<Path> dirs = new ArrayList<>();
    for (String m : MODULES) {
      Path dir = root.resolve(m).resolve("target/classes");
      assertThat(dir).as("built classes of " + m).isDirectory();
      dirs.add(dir);
    }
    classes = new ClassFileImporter().importPaths(dirs);
  }

  static List<ArchRule> rules() {
    return ArchitectureRules.all();
  }

  @Test
  void seesTheClassesOfEveryModule() {
    for (String m : MODULES) {
      String pkg = "org.entente." + m.substring("entente-".length());
      assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(pkg)).count())
          .as(pkg)
          .isGreaterThan(3);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(ArchRule rule) {
    rule.check(classes);
  }
}
