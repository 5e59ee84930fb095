package org.probationinspections.cli.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.elements.GivenClassesConjunction;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of HOUSE-STYLE on the compiled classes of every module. Each rule is also run on a
 * deliberately bad class, to show it can fail.
 */
class ArchitectureTest {

  private static final String ROOT = "org.probationinspections";

  /** The deliberately bad classes each rule is shown to fail on. */
  private static final String BAD_FIXTURE = ROOT + ".cli.badfixture..";

  private static JavaClasses production;
  private static JavaClasses badFixture;

  @BeforeAll
  static void importClasses() {
    // Sibling modules arrive as jars in a reactor build: import by package, jars included.
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // Test fixtures shared between modules arrive as "-tests" jars: not production.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages(ROOT);
    badFixture = new ClassFileImporter().importPackages(ROOT + ".cli.badfixture");
    assertTrue(production.contain(ROOT + ".domain.inspection.Inspection"));
    assertTrue(production.contain(ROOT + ".application.assembly.Core"));
    assertTrue(production.contain(ROOT + ".persistence.Store"));
    assertTrue(production.contain(ROOT + ".web.WebApp"));
    assertFalse(badFixture.isEmpty());
  }

  private static ArchRule onlyJdk(String packages) {
    return classes()
        .that()
        .resideInAPackage(packages)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", ROOT + ".domain..")
        .because("the domain is plain Java: rules outlive frameworks");
  }

  private static ArchRule noFrameworks(String packages) {
    return knowsNone(
            packages,
            "io.javalin..",
            "org.jdbi..",
            "dagger..",
            "jakarta..",
            "com.fasterxml..",
            "picocli..",
            "org.flywaydb..",
            "java.sql..")
        .because("the core has no framework code");
  }

  private static ArchRule noAdapter(String packages) {
    return knowsNone(packages, ROOT + ".persistence..", ROOT + ".web..", ROOT + ".cli..")
        .because("dependencies point inward");
  }

  /**
   * Checks the rule, made for each of {@code packages}, on the production classes, and shows that
   * the same rule, made for {@code badPackage}, fails on the bad fixture.
   */
  private static void holdsButFailsOnTheBadFixture(
      Function<String, ArchRule> rule, List<String> packages, String badPackage) {
    for (String checked : packages) {
      rule.apply(checked).check(production);
    }
    assertThrows(AssertionError.class, () -> rule.apply(badPackage).check(badFixture));
  }

  @Test
  void domain_dependsOnTheJdkOnly() {
    holdsButFailsOnTheBadFixture(
        ArchitectureTest::onlyJdk, List.of(ROOT + ".domain.."), BAD_FIXTURE);
  }

  @Test
  void application_usesNoFramework() {
    holdsButFailsOnTheBadFixture(
        ArchitectureTest::noFrameworks,
        List.of(ROOT + ".application..", ROOT + ".domain.."),
        BAD_FIXTURE);
  }

  @Test
  void domainAndApplication_knowNoAdapter() {
    holdsButFailsOnTheBadFixture(
        ArchitectureTest::noAdapter,
        List.of(ROOT + ".domain..", ROOT + ".application.."),
        BAD_FIXTURE);
  }

  @Test
  void adapters_doNotDependOnEachOther() {
    knowsNone(ROOT + ".web..", ROOT + ".persistence..", ROOT + ".cli..").check(production);
    knowsNone(ROOT + ".persistence..", ROOT + ".web..", ROOT + ".cli..").check(production);
    assertThrows(
        AssertionError.class,
        () -> knowsNone(BAD_FIXTURE, ROOT + ".persistence..").check(badFixture));
  }

  /** No class of {@code packages} depends on a class of any of {@code others}. */
  private static ArchRule knowsNone(String packages, String... others) {
    return noClassIn(packages).should().dependOnClassesThat().resideInAnyPackage(others);
  }

  /** The classes of {@code packages}, to say what none of them may do. */
  private static GivenClassesConjunction noClassIn(String packages) {
    return noClasses().that().resideInAPackage(packages);
  }

  @Test
  void ports_holdOnlyInterfacesAndRecords() {
    ArchRule ports =
        classes()
            .that()
            .resideInAnyPackage(ROOT + ".application.port..")
            .and()
            .areTopLevelClasses()
            .should()
            .beInterfaces()
            .orShould()
            .beRecords()
            .orShould()
            .beEnums()
            .because("ports are contracts: interfaces and the records they exchange");
    ports.check(production.that(not(simpleName("Interchange"))));
    ArchRule badPorts =
        classes()
            .that()
            .resideInAnyPackage(BAD_FIXTURE)
            .should()
            .beInterfaces()
            .orShould()
            .beRecords();
    assertThrows(AssertionError.class, () -> badPorts.check(badFixture));
  }

  @Test
  void useCases_areNamedAndImplementedByServices() {
    ArchRule naming =
        classes()
            .that()
            .resideInAPackage(ROOT + ".application..port.in")
            .and()
            .areInterfaces()
            .and()
            .areTopLevelClasses()
            .should()
            .haveSimpleNameEndingWith("UseCase");
    naming.check(production);
    ArchRule services =
        classes()
            .that()
            .implement(simpleNameEndingWith("UseCase"))
            .should()
            .haveSimpleNameEndingWith("Service")
            .andShould()
            .resideInAPackage(ROOT + ".application.(*)");
    services.check(production);
    ArchRule fixtureNaming =
        classes()
            .that()
            .resideInAPackage(ROOT + ".cli.badfixture")
            .should()
            .haveSimpleNameEndingWith("UseCase");
    assertThrows(AssertionError.class, () -> fixtureNaming.check(badFixture));
  }

  private static final String APPLICATION = ROOT + ".application";

  /** The features of the core, each a package of its own under {@code application}. */
  static final List<String> FEATURES =
      List.of(
          "units",
          "inspection",
          "review",
          "plan",
          "account",
          "insight",
          "importing",
          "history",
          "demo");

  /** Classes of the core that are not ports: services, factories, the kernel, the assembly. */
  private static final DescribedPredicate<JavaClass> CORE_BEYOND_PORTS =
      resideInAPackage(APPLICATION + "..")
          .and(not(resideInAPackage("..port..")))
          .as("a class of the core that is no port (a service, a factory, the assembly)");

  private static ArchRule seePortsOnly(String packages) {
    return noClassIn(packages)
        .should()
        .dependOnClassesThat(CORE_BEYOND_PORTS)
        .because("adapters see the core through its ports only; the composition root builds it");
  }

  private static ArchRule keepsToItself(String feature, String packages) {
    List<String> others = FEATURES.stream().filter(other -> !other.equals(feature)).toList();
    DescribedPredicate<JavaClass> anotherFeaturesInside =
        DescribedPredicate.or(
                others.stream()
                    .map(other -> resideInAPackage(APPLICATION + "." + other + ".."))
                    .toList())
            .and(not(resideInAPackage("..port..")))
            .as("the inside of another feature (anything but its port.in)");
    return noClassIn(packages)
        .should()
        .dependOnClassesThat(anotherFeaturesInside)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage(APPLICATION + ".assembly..")
        .because("a feature reaches another only through its port.in");
  }

  @Test
  void adapters_seeThePortsOfTheCoreOnly_exceptTheCompositionRoot() {
    holdsButFailsOnTheBadFixture(
        ArchitectureTest::seePortsOnly,
        List.of(ROOT + ".web..", ROOT + ".persistence.."),
        BAD_FIXTURE);
    ArchRule commands =
        noClasses()
            .that()
            .resideInAPackage(ROOT + ".cli..")
            .and()
            .resideOutsideOfPackage(ROOT + ".cli.wiring..")
            .should()
            .dependOnClassesThat(CORE_BEYOND_PORTS)
            .because("commands receive use cases; only the composition root builds them");
    commands.check(production);
  }

  @Test
  void features_reachEachOtherOnlyThroughTheirPorts() {
    for (String feature : FEATURES) {
      keepsToItself(feature, APPLICATION + "." + feature + "..").check(production);
    }
    ArchRule kernel =
        noClasses()
            .that()
            .resideInAPackage(APPLICATION + ".shared..")
            .should()
            .dependOnClassesThat(
                DescribedPredicate.or(
                    FEATURES.stream()
                        .map(feature -> resideInAPackage(APPLICATION + "." + feature + ".."))
                        .toList()))
            .because("the kernel serves every feature and knows none");
    kernel.check(production);
    // The fixture reaches inside the inspection feature, as no other feature may.
    assertThrows(AssertionError.class, () -> keepsToItself("units", BAD_FIXTURE).check(badFixture));
  }

  @Test
  void onlyTheCompositionRoot_usesTheAssembly() {
    ArchRule assembly =
        noClasses()
            .that()
            .resideOutsideOfPackages(APPLICATION + ".assembly..", ROOT + ".cli.wiring..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(APPLICATION + ".assembly..")
            .because("the assembly wraps the repositories once, for the composition root");
    assembly.check(production);
    assertThrows(AssertionError.class, () -> assembly.check(badFixture));
  }

  @Test
  void features_haveNoCycles() {
    ArchRule noCycles = slices().matching(APPLICATION + ".(*)..").should().beFreeOfCycles();
    noCycles.check(production);
  }

  @Test
  void packages_haveNoCycles() {
    ArchRule noCycles = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
    noCycles.check(production);
  }

  @Test
  void theStoresOfEachFeature_shareOnlyTheJdbcPlumbing() {
    holdsButFailsOnTheBadFixture(
        ArchitectureTest::storeWalls,
        List.of(ROOT + ".persistence.jdbc"),
        ROOT + ".cli.badfixture.jdbc");
  }

  private static ArchRule storeWalls(String jdbc) {
    return slices()
        .matching(jdbc + ".(*)..")
        .should()
        .notDependOnEachOther()
        .because(
            "each feature's SQL stores (inspection, plan, review, unit, account, insight,"
                + " importing, history) use the shared transactions, dialect and row helpers"
                + " of persistence.jdbc, never another feature's store");
  }
}
