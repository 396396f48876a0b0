package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pengadaan.*;

import id.asn.workflow.recruitment.Periode;
import id.asn.workflow.recruitment.SeleksiWorkflow;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts a pengadaanPns instance per recruitment period (business key = period id). */
@Component
class SeleksiProcessStarter implements SeleksiWorkflow {

  private final RuntimeService runtimeService;

  SeleksiProcessStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void started(Periode periode) {
    runtimeService.startProcessInstanceByKey(PROCESS, periode.id(), Map.of(
        VAR_PERIODE_ID, periode.id(),
        VAR_INSTANSI, periode.instansi(),
        VAR_TAHUN, periode.tahun()));
  }
}
