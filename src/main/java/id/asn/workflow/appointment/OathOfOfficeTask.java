package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;
import static id.asn.workflow.appointment.CompletionChecks.dateBetween;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * pelantikanSumpahJabatanPppk: a PPPK in a JPT utama or madya tertentu is installed and takes the oath of office
 * (Lampiran II VII.B); the appointment is done.
 */
@Component
class OathOfOfficeTask extends AppointmentTaskHandler {

  OathOfOfficeTask(AppointmentRepository repository, AppointmentForms forms) {
    super(Stage.SUMPAH_JABATAN, PPPK, repository, forms);
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    LocalDate tanggal = dateBetween(values, "tanggalPelantikan", "tanggal pelantikan dan sumpah/janji jabatan",
        p.tanggalSkPppk(), "tanggal keputusan pengangkatan PPPK", today);
    String tempat = values.requiredText("tempatPelantikan", 200, "tempat pelantikan");
    String pejabat = values.requiredText("pejabatNama", 200, "pejabat yang melantik");
    String beritaAcara = values.requiredText("nomorBeritaAcara", 100, "nomor berita acara pelantikan");
    repository.recordOathOfOffice(id, tanggal, beritaAcara);
    repository.event(id, "SUMPAH_JABATAN", "Dilantik dan mengangkat sumpah/janji jabatan " + tanggal + " di " + tempat
        + " oleh " + pejabat + "; berita acara " + beritaAcara, by);
    return Map.of();
  }
}
