package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_DianggapTidakMemenuhiSyarat: the documents were not complete by the deadline (L1 VI.A.1.e, L2 VI.1.f);
 * the candidate is deemed to have resigned and the next in rank is called in their place (L1 VI.A.3.d–e, L2 VI.3.f–g).
 */
@Component
class DeemedNotQualifiedStep implements ServiceTaskHandler {

  private static final Binding BINDING =
      PengangkatanProcess.serviceTask(BOTH, "ServiceTask_DianggapTidakMemenuhiSyarat");

  private final AppointmentRepository repository;
  private final Replacement replacement;

  DeemedNotQualifiedStep(AppointmentRepository repository, Replacement replacement) {
    this.repository = repository;
    this.replacement = replacement;
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
    replacement.callNextFor(p, "dianggap mengundurkan diri: dokumen tidak lengkap sampai " + p.batasDokumen(),
        step.now());
    return Result.NOTHING;
  }
}
