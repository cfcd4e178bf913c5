package io.sanctionscreen;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the house (README, Layout), checked on the compiled main classes: the
 * layers, no package cycles, a plain-Java matching package, and no bean looked up by hand.
 */
class ArchitectureTest {

  private static final String ROOT = "io.sanctionscreen";

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);

  @Test
  void topLevelPackagesHaveNoCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void subPackagesHaveNoCycles() {
    slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(CLASSES);
  }

  /**
   * web, console and cli use the features; the features use the index; the index is built from
   * lists (it observes their committed versions and reads their tables; lists never use the index);
   * everything may use matching; errors and access serve every layer but matching.
   */
  @Test
  void dependenciesPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage(ROOT + "..")
        .layer("Entry points")
        .definedBy(ROOT + ".web..", ROOT + ".console..", ROOT + ".cli..")
        .layer("Features")
        .definedBy(
            ROOT + ".screening..",
            ROOT + ".audit..",
            ROOT + ".monitoring..",
            ROOT + ".review..",
            ROOT + ".evaluation..")
        .layer("Index")
        .definedBy(ROOT + ".index..")
        .layer("Lists")
        .definedBy(ROOT + ".lists..")
        .layer("Matching")
        .definedBy(ROOT + ".matching..")
        .layer("Shared")
        .definedBy(ROOT + ".errors..", ROOT + ".access..")
        .whereLayer("Entry points")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("Features")
        .mayOnlyBeAccessedByLayers("Entry points")
        .whereLayer("Index")
        .mayOnlyBeAccessedByLayers("Entry points", "Features")
        .whereLayer("Lists")
        .mayOnlyBeAccessedByLayers("Entry points", "Features", "Index")
        .whereLayer("Matching")
        .mayOnlyBeAccessedByLayers("Entry points", "Features", "Index", "Lists")
        .whereLayer("Shared")
        .mayOnlyBeAccessedByLayers("Entry points", "Features", "Index", "Lists")
        .whereLayer("Shared")
        .mayNotAccessAnyLayer()
        .check(CLASSES);
  }

  @Test
  void matchingIsPlainJava() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".matching..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.quarkus..",
            "io.smallrye..",
            "jakarta..",
            "javax.persistence..",
            "org.hibernate..",
            "io.micrometer..",
            "io.vertx..")
        .check(CLASSES);
  }

  @Test
  void matchingUsesNothingOfTheProject() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".matching..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".matching..")))
        .check(CLASSES);
  }

  /** The list model (entries as parsed, their types and name kinds) is plain data. */
  @Test
  void listModelUsesNothingOfTheProject() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".lists.model..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..").and(resideOutsideOfPackage(ROOT + ".lists.model..")))
        .check(CLASSES);
  }

  /** The parsers turn files into the list model and report failures; they know nothing else. */
  @Test
  void listParsersUseOnlyTheListModel() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".lists.parse..")
        .should()
        .dependOnClassesThat(
            resideInAPackage(ROOT + "..")
                .and(resideOutsideOfPackage(ROOT + ".lists.parse.."))
                .and(resideOutsideOfPackage(ROOT + ".lists.model.."))
                .and(resideOutsideOfPackage(ROOT + ".errors..")))
        .check(CLASSES);
  }

  /** Composition roots: the entry point, and the producers that make plain classes beans. */
  @Test
  void noBeanIsLookedUpByHandOutsideCompositionRoots() {
    noClasses()
        .that()
        .areNotAnnotatedWith(QuarkusMain.class)
        .and()
        .haveSimpleNameNotEndingWith("Beans")
        .should()
        .callMethod(Arc.class, "container")
        .check(CLASSES);
  }

  /**
   * Query, path and header parameters arrive as text and are parsed by the resource, so that a bad
   * value is a 400 problem naming the parameter; JAX-RS answers a bare 404 when it cannot convert a
   * typed one (a {@code Double threshold} given "abc").
   */
  @Test
  void requestParametersAreReadAsText() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage(ROOT + "..")
        .should(
            new ArchCondition<JavaMethod>("take query, path and header parameters as String") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                for (JavaParameter p : method.getParameters()) {
                  boolean param =
                      p.isAnnotatedWith(QueryParam.class)
                          || p.isAnnotatedWith(PathParam.class)
                          || p.isAnnotatedWith(HeaderParam.class);
                  if (param && !p.getRawType().isEquivalentTo(String.class)) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method,
                            method.getFullName()
                                + " takes "
                                + p.getRawType().getSimpleName()
                                + " as a request parameter"));
                  }
                }
              }
            })
        .check(CLASSES);
  }
  // --- monitoring and review -----------------------------------------------------------------

  /**
   * Review decides on monitoring's alerts, so it uses monitoring; monitoring never uses review (a
   * cleared alert suppresses its pair through monitoring's own unique alerts).
   */
  @Test
  void monitoringDoesNotUseReview() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".monitoring..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT + ".review..")
        .check(CLASSES);
  }

  /** Monitoring screens through screening; screening knows nothing of monitoring or review. */
  @Test
  void screeningDoesNotUseMonitoringOrReview() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".screening..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ROOT + ".monitoring..", ROOT + ".review..")
        .check(CLASSES);
  }

  // --- end of monitoring and review ---------------------------------------------------------
}
