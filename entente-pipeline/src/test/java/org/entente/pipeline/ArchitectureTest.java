package org.entente.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: model ← pipeline ← {store, server, cli, spark}. The pipeline never
 * imports the ledger, the web server, the command line or Spark; the model imports nothing of ours
 * but itself.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.entente.model", "org.entente.pipeline");
  }

  @Test
  void pipelineDoesNotDependOnStoreServerCliOrSpark() {
    noClasses()
        .that()
        .resideInAPackage("org.entente.pipeline..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.entente.store..",
            "org.entente.server..",
            "org.entente.cli..",
            "org.entente.spark..")
        .check(classes);
  }

  @Test
  void modelDependsOnNothingButTheJdk() {
    noClasses()
        .that()
        .resideInAPackage("org.entente.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("org.entente.model..", "java..")
        .check(classes);
  }

  @Test
  void stagesDoNotReachIntoTheCommandLineOrTheServer() {
    noClasses()
        .that()
        .implement(Stage.class)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("picocli..", "io.javalin..", "org.apache.spark..", "java.sql..")
        .check(classes);
  }
}
