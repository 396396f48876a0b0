package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.support.AppTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole application boots; one deployment holds every BPMN and form, so formRef resolves, and each decision
 * table has a deployment of its own, so that an administrator's version outlives a release.
 */
@AppTest
class DeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  @Test
  void everyProcessAndFormIsDeployedTogether() throws IOException {
    List<String> expected = Stream.concat(ModelConsistencyTest.files("processes", ".bpmn").stream(),
            ModelConsistencyTest.files("forms", ".form").stream())
        .map(Path::toString)
        .toList();
    String processes = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PertekProcess.PROCESS)
        .latestVersion().singleResult().getDeploymentId();
    List<String> deployed = names(processes);
    assertThat(deployed).allSatisfy(name -> assertThat(expected).anySatisfy(file -> assertThat(name).endsWith(file)));
    assertThat(expected).allSatisfy(file -> assertThat(deployed).anySatisfy(name -> assertThat(name).endsWith(file)));
  }

  @Test
  void eachDecisionTableIsADeploymentOfItsOwnDeployedOnce() throws IOException {
    for (Path table : ModelConsistencyTest.files("processes", ".dmn")) {
      String file = table.getFileName().toString();
      List<Deployment> deployments = repositoryService.createDeploymentQuery()
          .deploymentName(DecisionTableDeployment.NAME_PREFIX + file).list();
      assertThat(deployments).as(file).hasSize(1);
      assertThat(deployments.get(0).getSource()).isEqualTo(DecisionTableDeployment.SOURCE);
      assertThat(names(deployments.get(0).getId())).containsExactly("processes/" + file);
    }
    assertThat(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(PertekProcess.DECISION_GOLONGAN_RUANG).count()).isOne();
  }

  private List<String> names(String deploymentId) {
    return repositoryService.getDeploymentResources(deploymentId).stream().map(Resource::getName).toList();
  }
}
