package id.asn.workflow.appointment;

import id.asn.workflow.calendar.CalendarService;
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

  private final AppointmentRepository repository;
  private final CalendarService calendar;

  PnsDecreeTask(AppointmentSteps steps, AppointmentRepository repository, CalendarService calendar) {
    super(AppointmentTask.SK_PNS, CPNS, steps);
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = steps.get(id);
    String nomor = values.requiredText("nomorSkPns", 100, "nomor keputusan pengangkatan PNS (boleh kolektif)");
    LocalDate tanggal = values.requiredDate("tanggalSkPns", "tanggal keputusan");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalSkPns", "tidak boleh sesudah hari ini (" + today + ")");
    }
    LocalDate tmtPns = TmtPns.of(p.tmtCpns(), calendar.calendar());
    repository.update(id, Map.of("nomor_sk_pns", nomor, "tanggal_sk_pns", tanggal, "tmt_pns", tmtPns,
        "status", AppointmentStatus.PNS));
    repository.event(id, "SK_PNS", "Keputusan pengangkatan PNS " + nomor + " tanggal " + tanggal + ", TMT PNS "
        + tmtPns, by);
    return Map.of("tmtPns", tmtPns.toString());
  }
}
