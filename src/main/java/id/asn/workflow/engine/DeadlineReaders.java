package id.asn.workflow.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Which elements of a process read a deadline variable: timer events whose {@code timeDate} is {@code ${variable}}
 * and user tasks whose {@code camunda:dueDate} is; what must move when the variable does.
 */
record DeadlineReaders(Map<String, List<String>> timers, Map<String, List<String>> tasks) {

  private static final Pattern VARIABLE = Pattern.compile("^\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}$");

  static DeadlineReaders of(BpmnModelInstance model) {
    Map<String, List<String>> timers = new HashMap<>();
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      TimeDate date = timer.getTimeDate();
      if (date != null) {
        variableOf(date.getTextContent()).ifPresent(v -> timers.computeIfAbsent(v, k -> new ArrayList<>())
            .add(((BaseElement) timer.getParentElement()).getId()));
      }
    }
    Map<String, List<String>> tasks = new HashMap<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      variableOf(task.getCamundaDueDate()).ifPresent(v -> tasks.computeIfAbsent(v, k -> new ArrayList<>()).add(task.getId()));
    }
    return new DeadlineReaders(Map.copyOf(timers), Map.copyOf(tasks));
  }

  List<String> timersOf(String variable) {
    return timers.getOrDefault(variable, List.of());
  }

  List<String> tasksDueOn(String variable) {
    return tasks.getOrDefault(variable, List.of());
  }

  private static Optional<String> variableOf(String expression) {
    if (expression == null) {
      return Optional.empty();
    }
    Matcher m = VARIABLE.matcher(expression.strip());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
