package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_LULUS_MASA_PERCOBAAN;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * catatHasilPercobaan: the results of the integrated training and of the health check at the end of the probation
 * (Lampiran I VI.B, VII.A); both passed leads to the PNS decree, otherwise to dismissal.
 */
@Component
class ProbationResultTask extends AppointmentTaskHandler {

  ProbationResultTask(AppointmentRepository repository, AppointmentForms forms) {
    super(Stage.HASIL_PERCOBAAN, CPNS, repository, forms);
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    String latsar = values.requiredText("hasilLatsar", 20, "hasil pelatihan terintegrasi");
    String sehat = values.requiredText("hasilKesehatan", 20, "hasil pemeriksaan kesehatan");
    if (!latsar.equals("LULUS") && !latsar.equals("TIDAK_LULUS")) {
      throw new InvalidCompletionException("hasilLatsar", "pilih LULUS atau TIDAK_LULUS");
    }
    if (!sehat.equals("SEHAT") && !sehat.equals("TIDAK_SEHAT")) {
      throw new InvalidCompletionException("hasilKesehatan", "pilih SEHAT atau TIDAK_SEHAT");
    }
    repository.recordProbationResult(id, latsar, sehat);
    repository.event(id, "HASIL_MASA_PERCOBAAN", "Pelatihan " + latsar + ", kesehatan " + sehat, by);
    return Map.of(VAR_LULUS_MASA_PERCOBAAN, latsar.equals("LULUS") && sehat.equals("SEHAT"));
  }
}
