package id.asn.workflow.engine;

import static id.asn.workflow.workforce.KebutuhanProcess.*;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.workforce.Planning;
import id.asn.workflow.workforce.PlanningWorkflow;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Starts a penyusunanKebutuhanAsn instance per planning, delivers budget changes and refreshes what forms show. */
@Component
class KebutuhanProcessStarter implements PlanningWorkflow {

  private final RuntimeService runtimeService;

  KebutuhanProcessStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void started(Planning planning) {
    runtimeService.startProcessInstanceByKey(PROCESS, planning.id(), Map.of(
        VAR_PENYUSUNAN_ID, planning.id(),
        VAR_INSTANSI, planning.instansi(),
        VAR_TAHUN, planning.tahun(),
        VAR_KELOMPOK_INSTANSI, Groups.instansiGroup(planning.instansi())));
  }

  @Override
  public void budgetChanged(String planningId) {
    try {
      runtimeService.createMessageCorrelation(MESSAGE_PERUBAHAN_ANGGARAN).processInstanceBusinessKey(planningId).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("Penyusunan " + planningId + " tidak lagi menunggu batas penyampaian");
    }
  }

  @Override
  public void refresh(String planningId, Map<String, Object> formVariables) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(planningId).singleResult();
    if (instance != null) {
      runtimeService.setVariables(instance.getId(), formVariables);
    }
  }
}
