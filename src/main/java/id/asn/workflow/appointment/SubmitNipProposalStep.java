package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_BATAS_NOMOR_INDUK;
import static id.asn.workflow.appointment.PengangkatanProcess.VAR_USUL_ID;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_KirimUsulNip: submits the usul NI to the Kanreg once (PPPK: in the NI PPPK format, with the decree as
 * calon PPPK); a retry after a committed submission finds it and sends nothing (VI.A.4-5). For PPPK the answer holds
 * the day the number is due, 25 working days after the proposal (II VI.6.a).
 */
@Component
class SubmitNipProposalStep implements ServiceTaskHandler {

  private static final Binding BINDING = PengangkatanProcess.serviceTask(BOTH, "ServiceTask_KirimUsulNip");

  private final AppointmentRepository repository;
  private final AppointmentUsul usul;
  private final AppointmentCalendar calendar;

  SubmitNipProposalStep(AppointmentRepository repository, AppointmentUsul usul, AppointmentCalendar calendar) {
    this.repository = repository;
    this.usul = usul;
    this.calendar = calendar;
  }

  @Override
  public Binding binding() {
    return BINDING;
  }

  @Override
  public Result run(Step step) {
    Pengangkatan p = repository.get(step.id());
    String usulId = p.usulId();
    LocalDate proposed = p.tanggalUsul();
    if (usulId == null) {
      usulId = usul.submit(p);
      proposed = step.today();
      repository.recordNipProposal(step.id(), usulId, proposed);
      repository.event(step.id(), "USUL_NIP", "Usul penetapan " + p.numberName() + " dikirim ke Kantor Regional (usul "
          + usulId + ")", null);
    }
    Map<String, Object> v = new HashMap<>();
    v.put(VAR_USUL_ID, usulId);
    if (p.isPppk()) {
      v.put(VAR_BATAS_NOMOR_INDUK, calendar.deadlines().numberDue(proposed));
    }
    return Result.setting(v);
  }
}
