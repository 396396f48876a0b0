package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_KIRIM_BKN;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_SK_CPNS;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_SK_PPPK;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_NOMOR_INDUK;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_PENDIDIKAN;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CatatNip, MS: the Pertek with the NIP or NI PPPK. The CPNS decree is due within 30 working days
 * (VI.A.6.c), the PPPK's agreement and decree likewise (II VII.A.1) and their delivery to BKN within 30 working days
 * (II VIII.A); a retry keeps the day the number was received.
 */
@Component
class NipIssuedStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_CatatNip");

  private final AppointmentRepository repository;
  private final CandidateRepository candidates;
  private final AppointmentCalendar calendar;

  NipIssuedStep(AppointmentRepository repository, CandidateRepository candidates, AppointmentCalendar calendar) {
    this.repository = repository;
    this.candidates = candidates;
    this.calendar = calendar;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    String nomorInduk = step.variables().text(VAR_NOMOR_INDUK);
    LocalDate received = p.tanggalNip() == null ? step.today() : p.tanggalNip();
    repository.recordNumber(step.id(), nomorInduk, received);
    repository.event(step.id(), "NIP_TERBIT", "Pertek terbit dengan " + p.numberName() + " " + nomorInduk, null);
    AppointmentDeadlines deadlines = calendar.deadlines();
    if (p.isPppk()) {
      return Result.setting(Map.of(VAR_BATAS_SK_PPPK, deadlines.decreeDue(received),
          VAR_BATAS_KIRIM_BKN, deadlines.bknDeliveryDue(received)));
    }
    return Result.setting(Map.of(VAR_PENDIDIKAN, candidates.candidate(p).pendidikan(),
        VAR_BATAS_SK_CPNS, deadlines.decreeDue(received)));
  }
}
