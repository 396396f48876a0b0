package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * kirimDokumenPppkKeBkn: the agreement and decree sent to BKN for SIASN; later than 30 working days after the NI is
 * recorded as late (Lampiran II VIII.A-B). Outside a JPT the appointment is done.
 */
@Component
class BknDeliveryTask extends AppointmentTaskHandler {

  private final AppointmentRepository repository;

  BknDeliveryTask(AppointmentSteps steps, AppointmentRepository repository) {
    super(AppointmentTask.KIRIM_BKN, PPPK, steps);
    this.repository = repository;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = steps.get(id);
    String surat = values.requiredText("nomorSuratPengantar", 100, "nomor surat pengantar ke BKN");
    LocalDate sent = dateBetween(values, "tanggalKirimBkn", "tanggal dikirim ke BKN", p.tanggalSkPppk(),
        "tanggal keputusan pengangkatan PPPK", today);
    LocalDate due = steps.deadlines().bknDeliveryDue(p.tanggalNip()).tanggal();
    boolean jpt = repository.isJpt(p);
    Map<String, Object> columns = new HashMap<>(Map.of("tanggal_kirim_bkn", sent));
    if (!jpt) {
      columns.put("status", AppointmentStatus.SELESAI);
    }
    repository.update(id, columns);
    repository.event(id, "KIRIM_BKN", "Perjanjian kerja dan keputusan pengangkatan PPPK dikirim ke BKN dengan surat "
        + surat + " tanggal " + sent + late(sent, due, "VIII.A"), by);
    return Map.of();
  }
}
