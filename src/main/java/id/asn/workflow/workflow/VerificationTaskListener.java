package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pertek.*;

import id.asn.workflow.pertek.InvalidDecisionException;
import id.asn.workflow.pertek.PertekService;
import id.asn.workflow.pertek.VerificationDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * verifikasiUsul: the usul is in VERIFIKASI while the task is open. On completion the acting user is taken
 * from the task, then the outcome is checked as the task ends: the engine wraps exceptions of task
 * listeners into a generic error (HTTP 500), while a form validation failure thrown here reaches Tasklist
 * and REST as a 400 with its reason.
 */
@Component("verificationTaskListener")
class VerificationTaskListener implements TaskListener, ExecutionListener {

  private final PertekService pertek;
  private final TaskUsers users;

  VerificationTaskListener(PertekService pertek, TaskUsers users) {
    this.pertek = pertek;
    this.users = users;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (TaskEvents.of(task)) {
      case EVENTNAME_CREATE -> pertek.verificationStarted((String) task.getVariable(VAR_USUL_ID));
      case EVENTNAME_COMPLETE -> task.setVariable(VAR_VERIFIKATOR, users.actingUser(task));
      default -> { }
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return; // a cancelled instance (e.g. deleted in Cockpit) decides nothing
    }
    try {
      String verifier = (String) execution.getVariable(VAR_VERIFIKATOR);
      if (verifier == null) {
        throw new InvalidDecisionException("verifikator", "klaim tugas terlebih dahulu");
      }
      VerificationDecision decision = VerificationDecision.of(execution.getVariable(VAR_HASIL_VERIFIKASI),
          execution.getVariable(VAR_ALASAN_VERIFIKASI));
      execution.setVariable(VAR_HASIL_VERIFIKASI, decision.hasil().name());
      execution.setVariable(VAR_ALASAN_VERIFIKASI, decision.alasan());
      pertek.recordVerification((String) execution.getVariable(VAR_USUL_ID), decision, verifier);
    } catch (InvalidDecisionException e) {
      throw new FormFieldValidationException(e.field(), "Verifikasi tidak dapat diselesaikan: " + e.getMessage());
    }
  }
}
