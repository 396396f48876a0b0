package id.asn.workflow.pertek;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Guards what the compiler cannot: the engine stays in the engine package, the intake rules and the documents' rules
 * (in kernel.document) stay pure.
 */
class PertekArchitectureTest {

  private static final JavaClasses PERTEK = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.asn.workflow.pertek", "id.asn.workflow.kernel");

  @Test
  void theIntakeTalksToTheProcessOnlyThroughItsPort() {
    noClasses().should().dependOnClassesThat().resideInAPackage("org.camunda..").check(PERTEK);
  }

  @Test
  void theIntakeRulesNeedNeitherSpringNorAServlet() {
    noClasses().that().haveSimpleNameStartingWith("UsulFormValidator")
        .or().haveSimpleNameStartingWith("DocumentRules")
        .or().haveSimpleName("DocumentBytes")
        .or().haveSimpleName("UsulForm")
        .or().haveSimpleName("CandidateData")
        .or().haveSimpleName("UploadedDocument")
        .or().haveSimpleName("ContentHash")
        .or().haveSimpleName("FileNames")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "com.fasterxml..")
        .check(PERTEK);
  }
}
