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

/** The whole application boots and one deployment holds every BPMN, DMN and form, so formRef resolves. */
@AppTest
class DeploymentTest {

  @Autowired
  RepositoryService repositoryService;

  @Test
  void everyProcessDecisionAndFormIsDeployedTogether() throws IOException {
    List<String> expected = Stream.concat(
            Stream.concat(ModelConsistencyTest.files("processes", ".bpmn").stream(),
                ModelConsistencyTest.files("processes", ".dmn").stream()),
            ModelConsistencyTest.files("forms", ".form").stream())
        .map(Path::toString)
        .toList();
    Deployment latest = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
    List<String> deployed = repositoryService.getDeploymentResources(latest.getId()).stream()
        .map(Resource::getName)
        .toList();
    assertThat(deployed).allSatisfy(name -> assertThat(expected).anySatisfy(file -> assertThat(name).endsWith(file)));
    assertThat(expected).allSatisfy(file -> assertThat(deployed).anySatisfy(name -> assertThat(name).endsWith(file)));
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey(PertekProcess.PROCESS)
        .latestVersion().singleResult().getDeploymentId()).isEqualTo(latest.getId());
    assertThat(repositoryService.createDecisionDefinitionQuery()
        .decisionDefinitionKey(PertekProcess.DECISION_GOLONGAN_RUANG).count()).isOne();
  }
}
