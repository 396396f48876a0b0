package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_TMT_PNS;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanSkPns: the decree appointing the CPNS as PNS (may be collective), with TMT PNS as {@link TmtPns} sets it
 * (Lampiran I VII.A.5-6).
 */
@Component
class PnsDecreeTask extends AppointmentTaskHandler {

  private final AppointmentCalendar calendar;

  PnsDecreeTask(AppointmentRepository repository, AppointmentForms forms, AppointmentCalendar calendar) {
    super(Stage.SK_PNS, CPNS, repository, forms);
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    String nomor = values.requiredText("nomorSkPns", 100, "nomor keputusan pengangkatan PNS (boleh kolektif)");
    LocalDate tanggal = values.requiredDate("tanggalSkPns", "tanggal keputusan");
    LocalDate tmtPns = TmtPns.of(calendar.deadlines().probation(p.tmtCpns()), calendar.workingDays());
    if (!tanggal.equals(tmtPns)) {
      throw new InvalidCompletionException("tanggalSkPns", "tanggal keputusan adalah tanggal mulai berlakunya "
          + "pengangkatan PNS, TMT PNS " + tmtPns + " (VII.A.4-6)");
    }
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSkPns", "keputusan bertanggal TMT PNS " + tmtPns
          + " dapat dicatat mulai tanggal itu (hari ini " + today + ")");
    }
    repository.recordPnsDecree(id, nomor, tanggal, tmtPns);
    repository.event(id, "SK_PNS", "Keputusan pengangkatan PNS " + nomor + " tanggal " + tanggal + ", TMT PNS "
        + tmtPns, by);
    return Map.of(VAR_TMT_PNS, tmtPns.toString());
  }
}
