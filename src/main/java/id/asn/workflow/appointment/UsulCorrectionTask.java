package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * perbaikanUsulNip: the instansi corrects the usul the Kantor Regional found incomplete (BTS) and sends it again
 * (Lampiran I VI.A.5, Lampiran II VI.6.b-c).
 */
@Component
class UsulCorrectionTask extends AppointmentTaskHandler {

  private final AppointmentUsul usul;

  UsulCorrectionTask(AppointmentRepository repository, AppointmentForms forms, AppointmentUsul usul) {
    super(Stage.PERBAIKAN_USUL, BOTH, repository, forms);
    this.usul = usul;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    String catatan = values.requiredText("catatanPerbaikan", 2000, "apa yang diperbaiki");
    usul.correct(repository.get(id), by);
    repository.markCorrectionSent(id);
    repository.event(id, "PERBAIKAN_USUL", "Perbaikan usul NIP dikirim: " + catatan, by);
    return Map.of();
  }
}
