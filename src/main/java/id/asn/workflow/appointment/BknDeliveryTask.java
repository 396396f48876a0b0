package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;
import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * kirimDokumenPppkKeBkn: the agreement and decree sent to BKN for SIASN; later than 30 working days after the NI is
 * recorded as late (Lampiran II VIII.A-B). Outside a JPT the appointment is done.
 */
@Component
class BknDeliveryTask extends AppointmentTaskHandler {

  private final CandidateRepository candidates;
  private final AppointmentCalendar calendar;

  BknDeliveryTask(AppointmentRepository repository, AppointmentForms forms, CandidateRepository candidates,
      AppointmentCalendar calendar) {
    super(Stage.KIRIM_BKN, PPPK, repository, forms);
    this.candidates = candidates;
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    String surat = values.requiredText("nomorSuratPengantar", 100, "nomor surat pengantar ke BKN");
    LocalDate sent = dateBetween(values, "tanggalKirimBkn", "tanggal dikirim ke BKN", p.tanggalSkPppk(),
        "tanggal keputusan pengangkatan PPPK", today);
    LocalDate due = calendar.deadlines().bknDeliveryDue(p.tanggalNip()).tanggal();
    // outside a JPT no oath of office follows: the appointment is done
    repository.recordSentToBkn(id, sent, !candidates.isJpt(p));
    repository.event(id, "KIRIM_BKN", "Perjanjian kerja dan keputusan pengangkatan PPPK dikirim ke BKN dengan surat "
        + surat + " tanggal " + sent + late(sent, due, "VIII.A"), by);
    return Map.of();
  }
}
