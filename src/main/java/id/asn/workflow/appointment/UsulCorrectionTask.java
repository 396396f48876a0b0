package id.asn.workflow.appointment;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.pertek.intake.UsulIntakeService;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * perbaikanUsulNip: the instansi corrects the usul the Kantor Regional found incomplete (BTS) and sends it again
 * (Lampiran I VI.A.5, Lampiran II VI.6.b-c).
 */
@Component
class UsulCorrectionTask extends AppointmentTaskHandler {

  private final AppointmentRepository repository;
  private final UsulIntakeService usulIntake;

  UsulCorrectionTask(AppointmentSteps steps, AppointmentRepository repository, UsulIntakeService usulIntake) {
    super(AppointmentTask.PERBAIKAN_USUL, BOTH, steps);
    this.repository = repository;
    this.usulIntake = usulIntake;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    String catatan = values.requiredText("catatanPerbaikan", 2000, "apa yang diperbaiki");
    Pengangkatan p = steps.get(id);
    usulIntake.correctOnBehalf(p.instansi(), by, p.usulId(), steps.usulForm(p), steps.uploaded(id));
    repository.update(id, Map.of("status", AppointmentStatus.USUL_NIP));
    repository.event(id, "PERBAIKAN_USUL", "Perbaikan usul NIP dikirim: " + catatan, by);
    return Map.of();
  }
}
