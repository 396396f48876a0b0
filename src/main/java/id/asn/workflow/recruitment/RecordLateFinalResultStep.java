package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The final result is still not announced 30 calendar days after its receipt (V.D.4.c.2): recorded. */
@Component
class RecordLateFinalResultStep implements ServiceTaskHandler {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final Binding binding = new Binding(Set.of(PengadaanProcess.PROCESS),
      Set.of(PengadaanProcess.STEP_CATAT_KETERLAMBATAN), PengadaanProcess.VAR_PERIODE_ID, null);

  RecordLateFinalResultStep(SeleksiRepository periods, SeleksiService service, TimeLimits timeLimits) {
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    Periode p = service.get(step.id());
    periods.addEvent(step.id(), "HASIL_AKHIR_TERLAMBAT", "Hasil akhir belum diumumkan "
        + RecruitmentTimeLimits.from(timeLimits).pengumumanHasilAkhir() + " hari kalender setelah diterima "
        + p.hasilAkhirDiterima() + " (V.D.4.c.2).", null, step.now());
    return Result.NOTHING;
  }
}
