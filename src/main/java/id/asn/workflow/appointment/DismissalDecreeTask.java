package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanPemberhentian: one who left after their decree (a CPNS, or a calon PPPK whose NI PPPK is cancelled) is
 * dismissed by the PPK's decree, its copy sent at once to the Kepala BKN or the Kanreg and to other officials as
 * needed (Lampiran I VI.A.6.g.4, II VI.6.g.4). "At once" names no number of days, so the task has no due date.
 */
@Component
class DismissalDecreeTask extends AppointmentTaskHandler {

  DismissalDecreeTask(AppointmentRepository repository, AppointmentForms forms) {
    super(Stage.PEMBERHENTIAN, BOTH, repository, forms);
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    LocalDate appointed = p.isPppk() ? p.tanggalSkCalonPppk() : p.tanggalSkCpns();
    String kind = p.isPppk() ? "calon PPPK" : "CPNS";
    String nomor = values.requiredText("nomorKeputusanPemberhentian", 100, "nomor keputusan pemberhentian");
    LocalDate tanggal = dateBetween(values, "tanggalKeputusanPemberhentian", "tanggal keputusan pemberhentian",
        appointed, "keputusan pengangkatan " + kind, today);
    LocalDate tembusan = dateBetween(values, "tanggalTembusanBkn", "tanggal tembusan kepada Kepala BKN/Kanreg",
        tanggal, "keputusan pemberhentian", today);
    String lain = values.optionalText("tembusanLain", 500);
    repository.recordDismissalDecree(id, nomor, tanggal, tembusan, lain);
    repository.event(id, "KEPUTUSAN_PEMBERHENTIAN", "Keputusan PPK " + nomor + " tanggal " + tanggal
        + " memberhentikan sebagai " + kind + " (" + p.alasanBerhenti() + "); tembusan kepada Kepala BKN/Kanreg "
        + tembusan + (lain == null ? "" : "; tembusan lain: " + lain), by);
    return Map.of();
  }
}
