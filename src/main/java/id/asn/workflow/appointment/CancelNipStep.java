package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.kanreg.NumberCancellationService;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_BatalkanNip: the candidate left after the NIP (or NI PPPK) and before the decree; the PPK's report
 * reaches the Kanreg, which cancels the number in its register and revokes the Pertek (L1 VI.A.6.g.3, II VI.6.g.3);
 * the vacancy is not refilled this year.
 */
@Component
class CancelNipStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_BatalkanNip");

  private final AppointmentRepository repository;
  private final NumberCancellationService cancellation;

  CancelNipStep(AppointmentRepository repository, NumberCancellationService cancellation) {
    this.repository = repository;
    this.cancellation = cancellation;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    String reason = ExitReason.valueOf(p.alasanBerhenti()).label() + " setelah " + p.numberName()
        + " ditetapkan (laporan PPK, pengangkatan " + p.id() + ")";
    cancellation.cancel(p.usulId(), reason);
    repository.markNipCancelled(step.id());
    repository.event(step.id(), "NIP_DIBATALKAN", "Pembatalan " + p.numberName() + " " + p.nomorInduk() + " ("
        + p.alasanBerhenti() + ") oleh Kantor Regional; Pertek dicabut; formasi tidak dapat diisi kembali pada tahun "
        + "anggaran berjalan", null);
    return Result.NOTHING;
  }
}
