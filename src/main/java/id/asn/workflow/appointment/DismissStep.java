package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;

import id.asn.workflow.kernel.ServiceTaskHandler;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_BerhentikanCpns: the candidate left after the decree; the PPK dismisses the CPNS on the VII.B ground
 * recorded as they left (VI.A.6.h.2), with the years they may not apply again (VI.B.8). ServiceTask_BerhentikanTolakSumpah
 * is the same dismissal for a CPNS who refused the oath at {@link OathTask} (VII.B.2.g, VII.B.3.f).
 */
@Component
class DismissStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(CPNS, "ServiceTask_BerhentikanCpns",
      "ServiceTask_BerhentikanTolakSumpah");

  private final AppointmentRepository repository;

  DismissStep(AppointmentRepository repository) {
    this.repository = repository;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    repository.markDismissed(step.id());
    DismissalGround ground = DismissalGround.valueOf(p.alasanBerhenti());
    repository.event(step.id(), "DIBERHENTIKAN", ground.label() + ": " + ground.kelas().label() + " ("
        + ground.reference() + ")" + (p.tahunDilarangMelamar() == null ? ""
            : "; tidak dapat melamar pada seleksi tahun anggaran " + years(p) + " (VI.B.8)"), null);
    return Result.NOTHING;
  }

  private static String years(Pengangkatan p) {
    return p.tahunDilarangMelamar().equals(p.tahunDilarangMelamarSampai()) ? p.tahunDilarangMelamar().toString()
        : p.tahunDilarangMelamar() + " sampai " + p.tahunDilarangMelamarSampai();
  }
}
