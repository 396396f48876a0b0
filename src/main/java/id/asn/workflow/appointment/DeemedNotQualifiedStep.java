package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/** ServiceTask_DianggapTidakMemenuhiSyarat: the documents were not complete by the deadline (VI.A.1.e). */
@Component
class DeemedNotQualifiedStep implements ServiceTaskHandler {

  private static final Binding BINDING =
      PengangkatanProcess.serviceTask(BOTH, "ServiceTask_DianggapTidakMemenuhiSyarat");

  private final AppointmentRepository repository;

  DeemedNotQualifiedStep(AppointmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    repository.markDeemedNotQualified(step.id());
    repository.event(step.id(), "DIANGGAP_TMS", "Dokumen tidak lengkap sampai " + p.batasDokumen()
        + "; peserta dianggap tidak memenuhi syarat (VI.A.1.e)", null);
    return Result.NOTHING;
  }
}
