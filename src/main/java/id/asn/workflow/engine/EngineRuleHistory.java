package id.asn.workflow.engine;

import id.asn.workflow.rules.RuleHistory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.UnaryTests;
import org.camunda.bpm.model.dmn.instance.LiteralExpression;
import org.springframework.stereotype.Component;

/**
 * The decision definitions the engine holds, version by version, each compared row by row (by rule id) with the
 * version before it; the deployer comes from the engine's user operation log, which records the user an engine
 * REST or Modeler deployment was authenticated as.
 */
@Component
class EngineRuleHistory implements RuleHistory {

  private final RepositoryService repository;
  private final HistoryService history;

  EngineRuleHistory(RepositoryService repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  @Override
  public List<Version> versions(int size) {
    List<Version> versions = new ArrayList<>();
    for (DecisionDefinition definition : repository.createDecisionDefinitionQuery()
        .orderByDeploymentTime().desc().orderByDecisionDefinitionVersion().desc().listPage(0, size)) {
      Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId())
          .singleResult();
      versions.add(new Version(definition.getKey(), definition.getName(), definition.getVersion(),
          deployment.getDeploymentTime().toInstant(), deployer(deployment.getId()), deployment.getName(),
          deployment.getSource(), changes(definition)));
    }
    return versions;
  }

  private String deployer(String deploymentId) {
    return history.createUserOperationLogQuery().deploymentId(deploymentId).entityType(EntityTypes.DEPLOYMENT)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(user -> user != null).findFirst().orElse(null);
  }

  private List<RowChange> changes(DecisionDefinition definition) {
    Map<String, String> after = rows(definition);
    DecisionDefinition previous = definition.getVersion() == 1 ? null
        : repository.createDecisionDefinitionQuery().decisionDefinitionKey(definition.getKey())
            .decisionDefinitionVersion(definition.getVersion() - 1).singleResult();
    Map<String, String> before = previous == null ? Map.of() : rows(previous);
    List<RowChange> changes = new ArrayList<>();
    before.forEach((id, row) -> {
      if (!after.containsKey(id)) {
        changes.add(new RowChange(id, "DIHAPUS", row, null));
      } else if (!after.get(id).equals(row)) {
        changes.add(new RowChange(id, "DIUBAH", row, after.get(id)));
      }
    });
    after.forEach((id, row) -> {
      if (!before.containsKey(id)) {
        changes.add(new RowChange(id, "DITAMBAH", null, row));
      }
    });
    return changes;
  }

  /** Each row of the definition's table as "description: inputs → outputs", by rule id, in table order. */
  private Map<String, String> rows(DecisionDefinition definition) {
    Map<String, String> rows = new LinkedHashMap<>();
    try (InputStream model = repository.getDecisionModel(definition.getId())) {
      Decision decision = Dmn.readModelFromStream(model).getModelElementById(definition.getKey());
      if (decision != null && decision.getExpression() instanceof DecisionTable table) {
        for (Rule rule : table.getRules()) {
          rows.put(rule.getId(), row(rule));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static String row(Rule rule) {
    String inputs = rule.getInputEntries().stream().map(UnaryTests::getTextContent).map(String::strip)
        .collect(Collectors.joining(", "));
    String outputs = rule.getOutputEntries().stream().map(LiteralExpression::getTextContent).map(String::strip)
        .collect(Collectors.joining(", "));
    String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip() + ": ";
    return description + inputs + " → " + outputs;
  }
}
