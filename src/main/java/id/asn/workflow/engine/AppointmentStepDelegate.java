package id.asn.workflow.engine;

import static id.asn.workflow.engine.ProcessIds.Pengangkatan.*;

import id.asn.workflow.appointment.AppointmentSteps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The service tasks of pengangkatanCpns and pengangkatanPppk (which share the ids of the steps they share): each calls one step of the appointment, by the task's id, and writes the
 * variables the process's timers, due dates and gateways use. Every step may run again after a failure: what it
 * already recorded it keeps, what it started it does not start twice.
 */
@Component("appointmentStepDelegate")
class AppointmentStepDelegate implements JavaDelegate {

  private final AppointmentSteps steps;
  private final ProcessDeadlines deadlines;
  private final Clock clock;

  AppointmentStepDelegate(AppointmentSteps steps, ProcessDeadlines deadlines, Clock clock) {
    this.steps = steps;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = (String) execution.getVariable(VAR_PENGANGKATAN_ID);
    LocalDate today = LocalDate.ofInstant(clock.instant(), AppointmentSteps.ZONE);
    Consumer<Map<String, Object>> set = variables -> execution.setVariables(
        deadlines.track(execution, execution.getProcessInstanceId(), variables, AppointmentSteps.DEADLINE_OWNER, id));
    switch (execution.getCurrentActivityId()) {
      case STEP_PANGGIL -> set.accept(steps.callUp(id, today));
      case STEP_GESER_BATAS -> set.accept(steps.deadlineExtended(id));
      case STEP_DIANGGAP_TMS -> steps.deemedNotQualified(id);
      case STEP_KIRIM_USUL -> set.accept(steps.submitNipProposal(id, today));
      case STEP_NOMOR_INDUK_TERLAMBAT -> steps.numberLate(id);
      case STEP_CATAT_BTS -> set.accept(steps.correctionRequested(id,
          (String) execution.getVariable(VAR_ALASAN_USUL), today));
      case STEP_TANPA_NOMOR_INDUK -> steps.noNumber(id);
      case STEP_CATAT_NIP -> set.accept(steps.nipIssued(id, (String) execution.getVariable(VAR_NOMOR_INDUK),
          today));
      case STEP_USUL_DITOLAK -> steps.nipRefused(id, (String) execution.getVariable(VAR_HASIL_USUL),
          (String) execution.getVariable(VAR_ALASAN_USUL));
      case STEP_BERHENTIKAN_TIDAK_LULUS -> steps.dismissAfterProbation(id);
      case STEP_PANGGIL_PENGGANTI -> steps.callReplacement(id, clock.instant());
      case STEP_BATALKAN_NIP -> steps.cancelNip(id);
      case STEP_BERHENTIKAN -> steps.dismiss(id);
      default -> throw new IllegalStateException("No appointment step for " + execution.getCurrentActivityId());
    }
  }
}
