package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_DOKUMEN;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_PanggilKandidat: the call-up notice; the documents are due 15 working days later plus any days granted
 * for distance (Lampiran I VI.A.1). A retry keeps the notice's day.
 */
@Component
class CallUpStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_PanggilKandidat");

  private final AppointmentRepository repository;
  private final AppointmentCalendar calendar;

  CallUpStep(AppointmentRepository repository, AppointmentCalendar calendar) {
    this.repository = repository;
    this.calendar = calendar;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    LocalDate notice = p.tanggalPanggilan() == null ? step.today() : p.tanggalPanggilan();
    Deadline due = calendar.deadlines().documentsDue(notice, p.tambahanHariKerja());
    if (p.tanggalPanggilan() == null) {
      repository.recordCallUp(step.id(), notice, due.tanggal());
      repository.event(step.id(), "PANGGILAN", "Pemanggilan dengan daftar dokumen VI.A.2 dan jadwal; dokumen lengkap "
          + "paling lambat " + due.dated() + " (" + calendar.deadlines().limits().kelengkapanDokumen() + " hari kerja)", null);
    }
    return Result.setting(Map.of(VAR_BATAS_DOKUMEN, due));
  }
}
