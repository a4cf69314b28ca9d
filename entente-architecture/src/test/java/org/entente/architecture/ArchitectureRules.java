package org.entente.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of the code base, as data: each module's allowed dependencies (model ← pipeline ← store
 * ← {server, cli, spark}; cli also uses server, bench measures pipeline and store), no package
 * cycle inside a module, extraction independent of its evaluation, and no printing to standard
 * output or error outside the command line (a program's {@code main} method aside: the benchmark
 * report and the Spark job's launcher are programs too).
 */
final class ArchitectureRules {

  /** Each module's root package, and the modules it must never depend on. */
  static final Map<String, List<String>> FORBIDDEN = new LinkedHashMap<>();

  static {
    FORBIDDEN.put("model", List.of("pipeline", "store", "server", "cli", "spark", "bench"));
    FORBIDDEN.put("pipeline", List.of("store", "server", "cli", "spark", "bench"));
    FORBIDDEN.put("store", List.of("server", "cli", "spark", "bench"));
    FORBIDDEN.put("server", List.of("cli", "spark", "bench"));
    FORBIDDEN.put("cli", List.of("spark", "bench"));
    FORBIDDEN.put("spark", List.of("server", "cli", "bench"));
    FORBIDDEN.put("bench", List.of("server", "cli", "spark"));
  }

  private ArchitectureRules() {}

  static List<ArchRule> layers() {
    List<ArchRule> rules = new ArrayList<>();
    FORBIDDEN.forEach(
        (module, forbidden) ->
            rules.add(
                noClasses()
                    .that()
                    .resideInAPackage("org.entente." + module + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                        forbidden.stream()
                            .map(m -> "org.entente." + m + "..")
                            .toArray(String[]::new))
                    .as("org.entente." + module + " depends on none of " + forbidden)));
    return rules;
  }

  static List<ArchRule> noCycles() {
    List<ArchRule> rules = new ArrayList<>();
    for (String module : FORBIDDEN.keySet()) {
      rules.add(
          slices()
              .matching("org.entente." + module + ".(*)..")
              .should()
              .beFreeOfCycles()
              .allowEmptyShould(true)
              .as("no package cycles inside org.entente." + module));
    }
    return rules;
  }

  static ArchRule noPrinting() {
    return noClasses()
        .that()
        .resideOutsideOfPackage("org.entente.cli..")
        .should(printOutsideMain())
        .as("no System.out or System.err outside org.entente.cli (main methods aside)");
  }

  /**
   * Extraction never depends on its own evaluation: the scorer's matching rules follow the
   * reference scorer and may change with it, so a stage that borrowed them would change with the
   * metric. Only the pipeline's facade may reach {@code eval} (to run it).
   */
  static ArchRule extractionIndependentOfEvaluation() {
    return noClasses()
        .that()
        .resideInAPackage("org.entente.pipeline..")
        .and()
        .resideOutsideOfPackage("org.entente.pipeline.eval..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.entente.pipeline.eval..")
        .as("extraction in org.entente.pipeline depends on nothing in pipeline.eval");
  }

  static List<ArchRule> all() {
    List<ArchRule> rules = new ArrayList<>(layers());
    rules.addAll(noCycles());
    rules.add(extractionIndependentOfEvaluation());
    rules.add(noPrinting());
    return rules;
  }

  private static ArchCondition<JavaClass> printOutsideMain() {
    return new ArchCondition<>("print to System.out or System.err outside a main method") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (JavaFieldAccess a : c.getFieldAccessesFromSelf()) {
          boolean system = a.getTargetOwner().isEquivalentTo(System.class);
          String field = a.getTarget().getName();
          if (system
              && (field.equals("out") || field.equals("err"))
              && !a.getOrigin().getName().equals("main")) {
            events.add(SimpleConditionEvent.satisfied(a, a.getDescription()));
          }
        }
      }
    };
  }
}
