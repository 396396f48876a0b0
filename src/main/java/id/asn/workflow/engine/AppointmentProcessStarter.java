package id.asn.workflow.engine;

import static id.asn.workflow.appointment.PengangkatanProcess.*;

import id.asn.workflow.appointment.AppointmentWorkflow;
import id.asn.workflow.appointment.CandidateExit;
import id.asn.workflow.appointment.Pengangkatan;
import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.identity.Groups;
import id.asn.workflow.kernel.Refusal;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Starts a pengangkatanCpns (PNS) or pengangkatanPppk (PPPK) instance per appointment and delivers the instansi's
 * messages to it; both processes take the same messages by the appointment's id as business key.
 */
@Component
class AppointmentProcessStarter implements AppointmentWorkflow {

  private final RuntimeService runtimeService;

  AppointmentProcessStarter(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public void start(Pengangkatan appointment) {
    start(appointment, false, null);
  }

  @Override
  public void startReplacement(Pengangkatan replacement, LocalDate reportDue) {
    start(replacement, true, reportDue);
  }

  private void start(Pengangkatan appointment, boolean replacement, LocalDate reportDue) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_PENGANGKATAN_ID, appointment.id());
    variables.put(VAR_NOMOR_PESERTA, appointment.nomorPeserta());
    variables.put(VAR_KELOMPOK_INSTANSI, Groups.instansiGroup(appointment.instansi()));
    variables.put(VAR_PENGGANTI, replacement);
    // the task's due date: the end of the last day in Jakarta; null, no due date
    variables.put(VAR_BATAS_LAPORAN_PENGGANTIAN, reportDue == null ? null : Date.from(Deadline.endOf(reportDue)));
    runtimeService.startProcessInstanceByKey(appointment.isPppk() ? PROCESS_PPPK : PROCESS, appointment.id(),
        variables);
  }

  @Override
  public void documentsHandedIn(String appointmentId) {
    correlate(MESSAGE_DOKUMEN, appointmentId, Map.of(), "tidak sedang menunggu dokumen");
  }

  @Override
  public void collectiveProposalSent(String appointmentId) {
    correlate(MESSAGE_USUL_KOLEKTIF, appointmentId, Map.of(), "tidak sedang menunggu usul kolektif");
  }

  @Override
  public void deadlineExtended(String appointmentId) {
    correlate(MESSAGE_TAMBAHAN_WAKTU, appointmentId, Map.of(), "tidak sedang menunggu dokumen, atau batas "
        + "dokumennya sedang dihitung ulang: coba lagi sebentar lagi");
  }

  @Override
  public void candidateLeft(String appointmentId, CandidateExit.Consequence consequence) {
    correlate(MESSAGE_KANDIDAT_MUNDUR, appointmentId, Map.of(VAR_AKIBAT_BERHENTI, consequence.name()),
        "tidak sedang berjalan");
  }

  private void correlate(String message, String appointmentId, Map<String, Object> variables, String otherwise) {
    try {
      runtimeService.createMessageCorrelation(message).processInstanceBusinessKey(appointmentId)
          .setVariables(variables).correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw Refusal.conflict("Pengangkatan " + appointmentId + " " + otherwise);
    }
  }
}
