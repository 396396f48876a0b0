package id.asn.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys each shipped decision table ({@code processes/*.dmn}) as a deployment of its own, named
 * {@value #NAME_PREFIX}file, and only when that file differs from its last shipped deployment. The BPMN and forms
 * deploy together and all again when any of them changes; were the tables among them, every release would put the
 * shipped tables back on top of a version an administrator deployed from Modeler or the engine REST
 * (docs/rules.md). Here a restart, or a release that leaves a table's file alone, leaves the administrator's
 * version in force; a release that changes the file puts the file on top and says so in the log.
 */
@Component
class DecisionTableDeployment extends AbstractProcessEnginePlugin {

  static final String NAME_PREFIX = "aturan/";
  static final String SOURCE = "aplikasi";
  private static final String PATTERN = "classpath*:processes/**/*.dmn";
  private static final Logger LOG = LoggerFactory.getLogger(DecisionTableDeployment.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    try {
      for (Resource table : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
        deploy(engine.getRepositoryService(), table);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the shipped decision tables cannot be read", e);
    }
  }

  private static void deploy(RepositoryService repository, Resource table) throws IOException {
    String file = table.getFilename();
    DeploymentWithDefinitions deployed;
    try (InputStream content = table.getInputStream()) {
      deployed = repository.createDeployment().name(NAME_PREFIX + file).source(SOURCE)
          .enableDuplicateFiltering(false).addInputStream("processes/" + file, content).deployWithResult();
    }
    if (deployed.getDeployedDecisionDefinitions() == null) {
      return;
    }
    for (DecisionDefinition decision : deployed.getDeployedDecisionDefinitions()) {
      warnIfAdministratorVersionReplaced(repository, decision, file);
    }
  }

  private static void warnIfAdministratorVersionReplaced(RepositoryService repository, DecisionDefinition decision,
      String file) {
    if (decision.getVersion() == 1) {
      return;
    }
    DecisionDefinition previous = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision.getKey())
        .decisionDefinitionVersion(decision.getVersion() - 1).singleResult();
    Deployment previousDeployment = previous == null ? null
        : repository.createDeploymentQuery().deploymentId(previous.getDeploymentId()).singleResult();
    if (previousDeployment != null && !(NAME_PREFIX + file).equals(previousDeployment.getName())) {
      LOG.warn("The shipped {} (decision {}, now version {}) replaces version {} deployed as '{}' on {}: the rows an "
          + "administrator added there are no longer in force unless this release carries them (docs/rules.md)",
          file, decision.getKey(), decision.getVersion(), previous.getVersion(), previousDeployment.getName(),
          previousDeployment.getDeploymentTime());
    }
  }
}
