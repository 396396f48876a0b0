package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_SPMT;
import static id.asn.workflow.appointment.PengangkatanProcess.endOf;
import static id.asn.workflow.appointment.CompletionChecks.beforeDuty;
import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;

import id.asn.workflow.kernel.CompletionValues;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * serahkanSkCpns: the decree delivered to the CPNS and its copy sent to BKN or the Kanreg (and to other officials as
 * needed); delivery later than 7
 * working days after it is set (Lampiran I VI.A.6.f), or either after the TMT, when the CPNS takes up duty
 * (VI.A.6.e), is recorded as late. The SPMT is due at most a month after TMT CPNS (VI.A.10.c).
 */
@Component
class DecreeDeliveryTask extends AppointmentTaskHandler {

  private final AppointmentCalendar calendar;

  DecreeDeliveryTask(AppointmentRepository repository, AppointmentForms forms, AppointmentCalendar calendar) {
    super(Stage.PENYERAHAN_SK, CPNS, repository, forms);
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    LocalDate diserahkan = dateBetween(values, "tanggalDiserahkan", "tanggal keputusan diserahkan kepada CPNS",
        p.tanggalSkCpns(), "tanggal keputusan", today);
    LocalDate tembusan = dateBetween(values, "tanggalTembusanBkn", "tanggal tembusan keputusan dikirim ke BKN/Kantor "
        + "Regional", p.tanggalSkCpns(), "tanggal keputusan", today);
    LocalDate due = calendar.deadlines().decreeDeliveryDue(p.tanggalSkCpns()).tanggal();
    String lain = values.optionalText("tembusanLain", 500);
    repository.recordDecreeDelivered(id, diserahkan, tembusan, lain);
    repository.event(id, "SK_DISERAHKAN", "Keputusan diserahkan " + diserahkan
        + late(diserahkan, due, "VI.A.6.f") + beforeDuty(diserahkan, p.tmtCpns(), "VI.A.6.e"), by);
    repository.event(id, "TEMBUSAN_SK_CPNS", "Tembusan keputusan dikirim ke BKN/Kantor Regional " + tembusan
        + beforeDuty(tembusan, p.tmtCpns(), "VI.A.6.e") + (lain == null ? "" : "; tembusan lain: " + lain), by);
    return Map.of(VAR_BATAS_SPMT, endOf(calendar.deadlines().spmtLatest(p.tmtCpns())));
  }
}
