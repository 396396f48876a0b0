package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.appointment.PengangkatanProcess;
import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.kernel.UserTaskHandler;
import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.recruitment.PengadaanPppkProcess;
import id.asn.workflow.recruitment.PengadaanProcess;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.workforce.KebutuhanProcess;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** BPMN, DMN, delegate beans and forms agree: what the compiler cannot check, checked on every build. */
@AppTest
class ModelConsistencyTest {

  private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)\\}$");
  private static final Pattern BEAN_IN_EXPRESSION = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*)\\.");
  /** Ids a modeler generates, e.g. Activity_0x7f3k2 or Gateway_1b2c3d4. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{6}$");

  @Autowired
  ApplicationContext context;

  static List<Path> files(String dir, String extension) throws IOException {
    try (Stream<Path> paths = Files.walk(Path.of(dir))) {
      return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
    }
  }

  static BpmnModelInstance model(Path path) {
    return Bpmn.readModelFromFile(path.toFile());
  }

  @Test
  void everyProcessIsExecutableWithHistoryTimeToLiveAndAFileNamedForItsKey() throws IOException {
    List<Path> bpmns = files("processes", ".bpmn");
    assertThat(bpmns).isNotEmpty();
    for (Path path : bpmns) {
      for (Process process : model(path).getModelElementsByType(Process.class)) {
        assertThat(process.isExecutable()).as(path + " executable").isTrue();
        assertThat(process.getCamundaHistoryTimeToLiveString()).as(path + " history time to live").isNotBlank();
        String kebab = process.getId().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase();
        assertThat(path.getFileName().toString()).isEqualTo(kebab + ".bpmn");
      }
    }
  }

  @Test
  void everyElementIsDrawnSoCockpitAndTasklistShowIt() throws IOException {
    for (Path path : files("processes", ".bpmn")) {
      BpmnModelInstance model = model(path);
      Set<String> drawn = model.getModelElementsByType(BpmnShape.class).stream()
          .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
      Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
          .map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
      model.getModelElementsByType(FlowNode.class)
          .forEach(node -> assertThat(drawn).as(path + " shape of " + node.getId()).contains(node.getId()));
      model.getModelElementsByType(SequenceFlow.class)
          .forEach(flow -> assertThat(edges).as(path + " edge of " + flow.getId()).contains(flow.getId()));
    }
  }

  @Test
  void everyAsyncServiceTaskRetriesWithGrowingIntervalsBeforeItBecomesAnIncident() throws IOException {
    for (Path path : files("processes", ".bpmn")) {
      for (ServiceTask task : model(path).getModelElementsByType(ServiceTask.class)) {
        if (!task.isCamundaAsyncBefore()) {
          continue;
        }
        CamundaFailedJobRetryTimeCycle cycle = task.getExtensionElements() == null ? null
            : task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .list().stream().findFirst().orElse(null);
        assertThat(cycle).as(path + " " + task.getId() + " retry cycle").isNotNull();
        List<Duration> waits = Stream.of(cycle.getTextContent().trim().split(",")).map(Duration::parse).toList();
        assertThat(waits).as(path + " " + task.getId() + " backoff").hasSizeGreaterThanOrEqualTo(3)
            .isSortedAccordingTo(Duration::compareTo).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void serviceTasksAndListenersUseDelegateExpressionsOfExistingBeans() throws IOException {
    for (Path path : files("processes", ".bpmn")) {
      BpmnModelInstance model = model(path);
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(task.getCamundaClass()).as(task.getId() + " uses no camunda:class").isNull();
        assertBean(path + " " + task.getId(), task.getCamundaDelegateExpression());
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        assertThat(listener.getCamundaClass()).isNull();
        assertBean(path + " task listener", listener.getCamundaDelegateExpression());
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        assertThat(listener.getCamundaClass()).isNull();
        assertBean(path + " execution listener", listener.getCamundaDelegateExpression());
      }
      Matcher beans = BEAN_IN_EXPRESSION.matcher(Files.readString(path));
      while (beans.find()) {
        assertThat(context.containsBean(beans.group(1))).as(path + " expression bean " + beans.group(1)).isTrue();
      }
    }
  }

  /**
   * Every user task calls the one task listener as it is created and completed and as it ends, and has exactly one
   * handler (two for one task refuse to start); every task a handler names is a user task of its processes.
   */
  @Test
  void everyUserTaskHasExactlyOneHandlerAndEveryHandlerIsBound() throws IOException {
    Map<String, UserTaskHandler> handlers = context.getBean(UserTaskListener.class).handlers();
    Set<String> bound = new HashSet<>();
    for (Path path : files("processes", ".bpmn")) {
      BpmnModelInstance model = model(path);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        String key = UserTaskListener.key(processOf(task), task.getId());
        bound.add(key);
        assertThat(handlers).as(path + " handler of " + key).containsKey(key);
        List<String> taskEvents = task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaTaskListener.class).list().stream()
            .filter(l -> "${userTaskListener}".equals(l.getCamundaDelegateExpression()))
            .map(CamundaTaskListener::getCamundaEvent).toList();
        assertThat(taskEvents).as(key + " task listener events").contains("create", "complete");
        assertThat(task.getExtensionElements().getElementsQuery().filterByType(CamundaExecutionListener.class).list())
            .as(key + " checked as it ends").anySatisfy(l -> {
              assertThat(l.getCamundaEvent()).isEqualTo("end");
              assertThat(l.getCamundaDelegateExpression()).isEqualTo("${userTaskListener}");
            });
      }
    }
    for (UserTaskHandler handler : Set.copyOf(handlers.values())) {
      for (String task : handler.binding().tasks()) {
        assertThat(handler.binding().processes()).as(handler.getClass().getSimpleName() + " handles " + task + ", a user task of")
            .anySatisfy(process -> assertThat(bound).contains(UserTaskListener.key(process, task)));
      }
    }
  }

  /**
   * Every service task that calls the one service-task delegate has exactly one handler (two for one task refuse to
   * start); every activity a handler names is such a service task in each of its processes.
   */
  @Test
  void everyServiceTaskOfTheOneDelegateHasExactlyOneHandlerAndEveryHandlerIsBound() throws IOException {
    Map<String, ServiceTaskHandler> handlers = context.getBean(ServiceTaskDelegate.class).handlers();
    Set<String> delegated = new HashSet<>();
    for (Path path : files("processes", ".bpmn")) {
      for (ServiceTask task : model(path).getModelElementsByType(ServiceTask.class)) {
        if ("${serviceTask}".equals(task.getCamundaDelegateExpression())) {
          String key = UserTaskListener.key(processOf(task), task.getId());
          delegated.add(key);
          assertThat(handlers).as(path + " handler of " + key).containsKey(key);
        }
      }
    }
    for (ServiceTaskHandler handler : Set.copyOf(handlers.values())) {
      for (String process : handler.binding().processes()) {
        for (String activity : handler.binding().activities()) {
          assertThat(delegated).as(handler.getClass().getSimpleName() + " handles " + activity + ", a service task of "
              + process + " calling ${serviceTask}").contains(UserTaskListener.key(process, activity));
        }
      }
    }
  }

  private static String processOf(ModelElementInstance element) {
    while (!(element instanceof Process)) {
      element = element.getParentElement();
    }
    return ((Process) element).getId();
  }

  @Test
  void everyFormRefNamesAFormDeployedWithTheProcess() throws IOException {
    Set<String> formIds = new HashSet<>();
    for (Path form : files("forms", ".form")) {
      String json = Files.readString(form);
      String fileId = form.getFileName().toString().replace(".form", "");
      assertThat(json).as(form + " id equals its file name").contains("\"id\": \"" + fileId + "\"");
      formIds.add(fileId);
    }
    for (Path path : files("processes", ".bpmn")) {
      for (UserTask task : model(path).getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as(task.getId() + " has a form").isNotBlank();
        assertThat(formIds).as(task.getId() + " formRef").contains(task.getCamundaFormRef());
        assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").isNotBlank();
      }
    }
  }

  /**
   * A form states a time limit through a variable the task fills from processes/tenggat.dmn, never in its own text
   * (issue 18: one source per rule); each such variable names a row of the table.
   */
  @Test
  void noFormWritesATimeLimitOfItsOwnAndEveryLimitItStatesIsARowOfTheTable() throws IOException {
    Pattern literal = Pattern.compile("\\b\\d+ (\\([a-z ]+\\) )?(hari kerja|hari kalender)"
        + "|paling (lambat|lama|singkat|cepat) \\d+ (\\([a-z ]+\\) )?(bulan|tahun)");
    Pattern variable = Pattern.compile("\\{\\{tenggat([A-Z]\\w*)}}");
    Set<String> kinds = new HashSet<>();
    for (Rule rule : Dmn.readModelFromFile(new File("processes/tenggat.dmn")).getModelElementsByType(Rule.class)) {
      kinds.add(rule.getInputEntries().iterator().next().getTextContent().replace("\"", "").strip());
    }
    int stated = 0;
    for (Path form : files("forms", ".form")) {
      String json = Files.readString(form);
      assertThat(literal.matcher(json).results().map(MatchResult::group).toList()).as(form + " writes a limit").isEmpty();
      for (MatchResult m : variable.matcher(json).results().toList()) {
        String kind = Character.toLowerCase(m.group(1).charAt(0)) + m.group(1).substring(1);
        assertThat(kinds).as(form + " states " + m.group()).contains(kind);
        stated++;
      }
    }
    assertThat(stated).as("forms stating a limit from the table").isGreaterThanOrEqualTo(12);
  }

  /** Each feature's ids of its processes, tasks, events and variables. */
  static final List<Class<?>> PROCESS_IDS = List.of(PertekProcess.class, PengangkatanProcess.class,
      PengadaanProcess.class, PengadaanPppkProcess.class, KebutuhanProcess.class);

  @Test
  void noGeneratedIdsAndEveryIdTheCodeUsesExists() throws IOException, IllegalAccessException {
    Set<String> ids = new HashSet<>();
    for (Path path : files("processes", ".bpmn")) {
      for (BaseElement element : model(path).getModelElementsByType(BaseElement.class)) {
        if (element.getId() != null) {
          assertThat(element.getId()).as(path + " readable id").doesNotMatch(GENERATED_ID);
          ids.add(element.getId());
        }
      }
    }
    List<String> referenced = new ArrayList<>();
    for (Class<?> processIds : PROCESS_IDS) {
      for (Field field : processIds.getDeclaredFields()) {
        String name = field.getName();
        if (Modifier.isStatic(field.getModifiers()) && (name.startsWith("STEP_") || name.startsWith("TASK_")
            || name.startsWith("TIMER_") || name.startsWith("END_") || name.startsWith("WAIT_") || name.startsWith("EVENT_")
            || name.equals("PROCESS") || name.equals("PROCESS_PPPK"))) {
          referenced.add((String) field.get(null));
        }
      }
    }
    assertThat(ids).containsAll(referenced);
  }

  @Test
  void decisionsParseAndHaveHistoryTimeToLive() throws IOException {
    for (Path path : files("processes", ".dmn")) {
      DmnModelInstance model = Dmn.readModelFromFile(path.toFile());
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        assertThat(decision.getCamundaHistoryTimeToLiveString()).as(path + " " + decision.getId()).isNotBlank();
      }
    }
  }

  private void assertBean(String where, String expression) {
    assertThat(expression).as(where + " delegate expression").isNotNull();
    Matcher matcher = BEAN_EXPRESSION.matcher(expression);
    assertThat(matcher.matches()).as(where + " is ${beanName}: " + expression).isTrue();
    assertThat(context.containsBean(matcher.group(1))).as(where + " bean " + matcher.group(1)).isTrue();
  }
}
