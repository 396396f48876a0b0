package id.asn.workflow.engine;

import id.asn.workflow.pertek.PertekProcess;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** For tests outside this package: usul submitted through the intake and brought to where a test needs them. */
public final class PertekTestClient {

  private PertekTestClient() {}

  /** Submitted as Kabupaten Batang and pre-checked: waiting for Tim Pemroses. */
  public static String submitAndPreCheck(TestRestTemplate rest, RuntimeService runtime, ManagementService jobs) {
    String usulId = PertekFixtures.submit(rest, PertekFixtures.Candidate.pns());
    String instanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(usulId).singleResult().getId();
    Job preCheck = jobs.createJobQuery().processInstanceId(instanceId)
        .activityId(PertekProcess.STEP_PEMERIKSAAN_AWAL).singleResult();
    jobs.executeJob(preCheck.getId());
    return usulId;
  }

  /** Submitted by an instansi's operator (not yet pre-checked). */
  public static String submitAs(TestRestTemplate rest, String operator) {
    return PertekFixtures.submit(rest, PertekFixtures.Candidate.pns(), operator);
  }

  /** Submitted as Kabupaten Batang, verified BTS by pemroses1: waiting for the instansi's correction. */
  public static String awaitingCorrection(TestRestTemplate rest, ProcessEngine engine) {
    String usulId = submitAndPreCheck(rest, engine.getRuntimeService(), engine.getManagementService());
    Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(usulId)
        .taskDefinitionKey(PertekProcess.TASK_VERIFIKASI).singleResult();
    engine.getIdentityService().setAuthentication("pemroses1", List.of("timPemroses"));
    try {
      engine.getTaskService().claim(task.getId(), "pemroses1");
      engine.getTaskService().complete(task.getId(), Map.of(PertekProcess.VAR_HASIL_VERIFIKASI, "BTS",
          PertekProcess.VAR_ALASAN_VERIFIKASI, "Ijazah belum dilegalisir"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    return usulId;
  }
}
