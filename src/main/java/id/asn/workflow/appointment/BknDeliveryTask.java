package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.PPPK;
import static id.asn.workflow.appointment.CompletionChecks.beforeDuty;
import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * kirimDokumenPppkKeBkn: the decree handed to the PPPK and its copy, with the agreement, sent to BKN for SIASN. Later
 * than 30 working days after the NI (Lampiran II VIII.A-B), or either after the TMT, when the PPPK takes up duty
 * (VII.A.3), is recorded as late. Outside a JPT the appointment is done.
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
    LocalDate delivered = dateBetween(values, "tanggalSkDiserahkan", "tanggal keputusan diserahkan kepada PPPK",
        p.tanggalSkPppk(), "tanggal keputusan pengangkatan PPPK", today);
    String surat = values.requiredText("nomorSuratPengantar", 100, "nomor surat pengantar ke BKN");
    LocalDate sent = dateBetween(values, "tanggalKirimBkn", "tanggal dikirim ke BKN", p.tanggalSkPppk(),
        "tanggal keputusan pengangkatan PPPK", today);
    LocalDate due = calendar.deadlines().bknDeliveryDue(p.tanggalNip()).tanggal();
    // outside a JPT no oath of office follows: the appointment is done
    repository.recordSentToBkn(id, delivered, sent, !candidates.isJpt(p));
    repository.event(id, "SK_PPPK_DISERAHKAN", "Keputusan pengangkatan PPPK diserahkan kepada yang bersangkutan "
        + "tanggal " + delivered + beforeDuty(delivered, p.tmtCpns(), "VII.A.3"), by);
    repository.event(id, "KIRIM_BKN", "Perjanjian kerja dan keputusan pengangkatan PPPK (tembusan) dikirim ke BKN "
        + "dengan surat " + surat + " tanggal " + sent + late(sent, due, "VIII.A") + beforeDuty(sent, p.tmtCpns(), "VII.A.3"), by);
    return Map.of();
  }
}
