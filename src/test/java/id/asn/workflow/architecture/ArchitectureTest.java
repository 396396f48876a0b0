package id.asn.workflow.architecture;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Guards what the compiler cannot: the engine stays in one package, rules stay pure, demo code stays in the demo. */
@AnalyzeClasses(packages = "id.asn.workflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String[] FEATURES = {
      "id.asn.workflow.calendar..", "id.asn.workflow.numbering..", "id.asn.workflow.pertek..",
      "id.asn.workflow.identity..", "id.asn.workflow.sla..", "id.asn.workflow.signature..",
      "id.asn.workflow.recruitment..", "id.asn.workflow.appointment..", "id.asn.workflow.workforce.."};

  @ArchTest
  static final ArchRule theKernelNeedsNoFeature = noClasses()
      .that().resideInAPackage("id.asn.workflow.kernel..")
      .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
      .because("what several features share (kind of ASN, document types, task form values) depends on none of them");

  @ArchTest
  static final ArchRule onlyTheEnginePackageTalksToTheEngine = noClasses()
      .that().resideOutsideOfPackage("id.asn.workflow.engine..")
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

  /** The one class that may read the system's time: through the engine's ClockUtil. */
  static final String ENGINE_CLOCK = "id.asn.workflow.engine.EngineClock";

  @ArchTest
  static final ArchRule onlyTheEngineClockReadsTheTime = noClasses()
      .that().resideInAPackage("id.asn.workflow..")
      .and().doNotHaveFullyQualifiedName(ENGINE_CLOCK)
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now").orShould().callMethod(LocalDate.class, "now", ZoneId.class)
      .orShould().callMethod(LocalDateTime.class, "now").orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now", ZoneId.class)
      .orShould().callMethod(ZonedDateTime.class, "now").orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
      .orShould().callMethod(LocalTime.class, "now").orShould().callMethod(LocalTime.class, "now", ZoneId.class)
      .orShould().callMethod(Clock.class, "systemDefaultZone").orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .orShould().callConstructor(Date.class)
      .orShould().callMethodWhere(target(owner(name("org.camunda.bpm.engine.impl.util.ClockUtil"))))
      .because("every read of the current time goes through the Clock bean (EngineClock), so that timers, deadlines "
          + "and timestamps agree and a test that moves the engine's clock moves everything");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("id.asn.workflow.(*)..").should().beFreeOfCycles()
      .because("a feature that needs another's types and is needed by it cannot be read, tested or moved alone");

  @ArchTest
  static final ArchRule noCyclesBetweenTheSubpackagesOfAFeature = slices().matching("id.asn.workflow.(**)")
      .should().beFreeOfCycles()
      .because("the concerns of a feature (pertek's intake, Kanreg steps, queries, notifications) build on its core, "
          + "never on each other in a circle");

  /** The features that run or serve a procedure; calendar, identity, numbering and the tabular helpers serve all. */
  static final Set<String> PROCEDURES = Set.of("pertek", "appointment", "recruitment", "workforce", "signature", "sla");

  @ArchTest
  static final ArchRule proceduresMeetThroughWhatTheyPublish = noClasses()
      .that().resideInAnyPackage(FEATURES)
      .should(new ArchCondition<JavaClass>("use another procedure's internals") {
        @Override
        public void check(JavaClass origin, ConditionEvents events) {
          for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = dependency.getTargetClass().getBaseComponentType();
            String feature = featureOf(target);
            if (PROCEDURES.contains(feature) && !feature.equals(featureOf(origin)) && !published(target)) {
              events.add(SimpleConditionEvent.satisfied(dependency, dependency.getDescription()));
            }
          }
        }
      })
      .because("a procedure reads another's data through what it publishes: ports (interfaces), values (records, "
          + "enums), process ids (*Process), services (*Service) and pure rules; its repositories, steps and tasks "
          + "stay its own");

  private static String featureOf(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith("id.asn.workflow.")) {
      return "";
    }
    String rest = name.substring("id.asn.workflow.".length());
    return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
  }

  private static boolean published(JavaClass type) {
    JavaClass outer = type;
    while (outer.getEnclosingClass().isPresent()) {
      outer = outer.getEnclosingClass().get();
    }
    return type.isInterface() || type.isRecord() || type.isEnum() || outer.getSimpleName().endsWith("Service")
        || outer.getSimpleName().endsWith("Process") || type.isAssignableTo(RuntimeException.class)
        || statelessRule(type);
  }

  /** A pure rule (only static members, e.g. the usul form's validator) may be applied by another procedure early. */
  private static boolean statelessRule(JavaClass type) {
    return !type.getMethods().isEmpty()
        && type.getFields().stream().allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC))
        && type.getMethods().stream().allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC));
  }

  @ArchTest
  static final ArchRule servicesDoNotSpeakHttp = noClasses()
      .that().resideInAnyPackage(FEATURES)
      .and().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Step")
      .or().haveSimpleNameEndingWith("Task").or().haveSimpleNameEndingWith("Repository")
      .should().dependOnClassesThat().resideInAnyPackage("id.asn.workflow.web..", "org.springframework.http..",
          "org.springframework.web..", "jakarta.servlet..")
      .because("services and rules refuse with the kernel's Refusal; the web layer alone maps it to HTTP");

  static final String DEMO = "id.asn.workflow.demo..";

  /**
   * The engine's side of the demo simulator's port {@code demo.Tasklist} (the demo may not use the engine itself):
   * the one class outside the demo that knows it, and like the demo's beans loaded by the demo profile only.
   */
  static final String ENGINE_TASKLIST = "id.asn.workflow.engine.EngineTasklist";

  @ArchTest
  static final ArchRule nothingOutsideTheDemoNeedsIt = noClasses()
      .that().resideOutsideOfPackage(DEMO)
      .and().doNotHaveFullyQualifiedName(ENGINE_TASKLIST)
      .should().dependOnClassesThat().resideInAPackage(DEMO)
      .because("demo code (simulators, demo data) is loaded by the demo profile only, so what runs without it cannot "
          + "need it; the demo uses the features' public services and ports (identity.PresetUsers for its users)");

  @ArchTest
  static final ArchRule demoBeansExistInTheDemoProfileOnly = classes()
      .that().areMetaAnnotatedWith(Component.class)
      .and(resideInAPackage(DEMO).or(name(ENGINE_TASKLIST)))
      .should().beAnnotatedWith(onlyTheProfile("demo"))
      .because("a demo bean outside the demo profile would simulate work or make demo data in production");

  private static DescribedPredicate<JavaAnnotation<?>> onlyTheProfile(String profile) {
    return DescribedPredicate.describe("@Profile(\"" + profile + "\")",
        annotation -> annotation.getRawType().isEquivalentTo(Profile.class)
            && annotation.get("value").map(v -> Arrays.equals((Object[]) v, new String[] {profile})).orElse(false));
  }
}
