package id.asn.workflow.engine;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.UsulProcessLog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;

/**
 * The engine's user operation log of a usul's pertekNiCasn instances. The engine writes one entry per changed
 * property; entries of one operation share an operation id and become one {@link Operation}.
 */
@Component
class EngineUsulProcessLog implements UsulProcessLog {

  private final HistoryService history;

  EngineUsulProcessLog(HistoryService history) {
    this.history = history;
  }

  @Override
  public List<Operation> operationsOf(String usulId) {
    List<Operation> operations = new ArrayList<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(PertekProcess.PROCESS).processInstanceBusinessKey(usulId).list()) {
      Map<String, String> taskNames = new LinkedHashMap<>();
      for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list()) {
        taskNames.put(task.getId(), task.getName());
      }
      Map<String, List<UserOperationLogEntry>> byOperation = new LinkedHashMap<>();
      for (UserOperationLogEntry entry : history.createUserOperationLogQuery().processInstanceId(instance.getId())
          .orderByTimestamp().asc().list()) {
        byOperation.computeIfAbsent(entry.getOperationId(), id -> new ArrayList<>()).add(entry);
      }
      byOperation.values().forEach(entries -> operations.add(operation(entries, taskNames)));
    }
    return operations;
  }

  private static Operation operation(List<UserOperationLogEntry> entries, Map<String, String> taskNames) {
    UserOperationLogEntry first = entries.get(0);
    String newValue = entries.stream()
        .filter(e -> UserOperationLogEntry.OPERATION_TYPE_CLAIM.equals(e.getOperationType())
            || "assignee".equals(e.getProperty()) || "owner".equals(e.getProperty()))
        .map(UserOperationLogEntry::getNewValue).findFirst().orElse(null);
    String task = first.getTaskId() == null ? null : taskNames.getOrDefault(first.getTaskId(), first.getTaskId());
    return new Operation(first.getTimestamp().toInstant(), first.getUserId(), first.getOperationType(), task, newValue);
  }
}
