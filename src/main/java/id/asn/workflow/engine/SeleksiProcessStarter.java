package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.PengadaanProcess.*;

import id.asn.workflow.recruitment.PengadaanPppkProcess;
import id.asn.workflow.recruitment.Periode;
import id.asn.workflow.recruitment.SeleksiWorkflow;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Starts a pengadaanPns or pengadaanPppk instance per recruitment period of that kind (business key = period id). */
@Component
class SeleksiProcessStarter implements SeleksiWorkflow {

  private final RuntimeService runtimeService;

  SeleksiProcessStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void started(Periode periode) {
    String process = periode.pppk() ? PengadaanPppkProcess.PROCESS : PROCESS;
    runtimeService.startProcessInstanceByKey(process, periode.id(), Map.of(
        VAR_PERIODE_ID, periode.id(),
        VAR_INSTANSI, periode.instansi(),
        VAR_TAHUN, periode.tahun()));
  }

  @Override
  public void refresh(String periodeId, Map<String, Object> formVariables) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processDefinitionKeyIn(PROCESS, PengadaanPppkProcess.PROCESS).processInstanceBusinessKey(periodeId).singleResult();
    if (instance != null) {
      runtimeService.setVariables(instance.getId(), formVariables);
    }
  }
}
