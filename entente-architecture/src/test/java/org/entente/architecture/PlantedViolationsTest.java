package org.entente.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules fail on violations planted in this module's test classes: a pipeline class that reads
 * the ledger, two pipeline packages that use each other, an extraction class that borrows the
 * scorer's matching rules, a store class that prints. So that {@link ArchitectureTest} passing
 * means something.
 */
class PlantedViolationsTest {

  private static JavaClasses planted;

  @BeforeAll
  static void importPlanted() {
    planted =
        new ClassFileImporter()
            .importPackages(
                "org.entente.pipeline.plantedlayer",
                "org.entente.pipeline.plantedcyclea",
                "org.entente.pipeline.plantedcycleb",
                "org.entente.pipeline.plantedeval",
                "org.entente.store.plantedprint");
  }

  private static ArchRule rule(String description) {
    return ArchitectureRules.all().stream()
        .filter(r -> r.getDescription().equals(description))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aPipelineClassUsingTheLedgerFails() {
    assertThatThrownBy(
            () ->
                rule("org.entente.pipeline depends on none of [store, server, cli, spark, bench]")
                    .check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ReadsTheLedger");
  }

  @Test
  void aPackageCycleInsideAModuleFails() {
    assertThatThrownBy(() -> rule("no package cycles inside org.entente.pipeline").check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("plantedcyclea")
        .hasMessageContaining("plantedcycleb");
  }

  @Test
  void extractionUsingTheEvaluationFails() {
    assertThatThrownBy(() -> ArchitectureRules.extractionIndependentOfEvaluation().check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ScoresItself");
  }

  @Test
  void printingOutsideTheCommandLineFails() {
    assertThatThrownBy(() -> ArchitectureRules.noPrinting().check(planted))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Prints.report");
  }
}
