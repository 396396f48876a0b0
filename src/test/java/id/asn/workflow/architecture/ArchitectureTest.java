package id.asn.workflow.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Component;

/** Guards what the compiler cannot: the engine stays in one package, rules stay pure. */
@AnalyzeClasses(packages = "id.asn.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] FEATURES = {
      "id.asn.workflow.calendar..", "id.asn.workflow.numbering..", "id.asn.workflow.pertek..",
      "id.asn.workflow.identity..", "id.asn.workflow.sla..", "id.asn.workflow.signature..",
      "id.asn.workflow.recruitment..", "id.asn.workflow.appointment..", "id.asn.workflow.workforce.."};

  @ArchTest
  static final ArchRule onlyTheWorkflowPackageTalksToTheEngine = noClasses()
      .that().resideOutsideOfPackage("id.asn.workflow.workflow..")
      .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine..", "org.camunda.bpm.webapp..",
          "org.camunda.bpm.spring.boot..")
      .because("a move to an API-compatible engine fork must touch one package only");

  @ArchTest
  static final ArchRule pureRulesImportNeitherSpringNorTheEngine = noClasses()
      .that().resideInAnyPackage(FEATURES)
      .and().areNotMetaAnnotatedWith(Component.class)
      .and().areTopLevelClasses()
      .and().haveSimpleNameNotEndingWith("Exception")
      .and().haveSimpleNameNotEndingWith("Filter")
      .and().areNotInterfaces()
      .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.camunda..", "jakarta.servlet..")
      .because("rules are plain Java, testable without a container");
}
