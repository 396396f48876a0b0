package id.asn.workflow.workflow;

import static id.asn.workflow.workflow.ProcessIds.Pertek.*;

import id.asn.workflow.pertek.InvalidDecisionException;
import id.asn.workflow.pertek.PertekService;
import id.asn.workflow.pertek.SigningDecision;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * tandaTanganPertek: the usul is in TANDA_TANGAN while open; the last verifier can neither claim nor
 * complete it (four eyes). As for verification, the decision is checked as the task ends so that a
 * refusal reaches the client as a 400 with its reason.
 */
@Component("signingTaskListener")
class SigningTaskListener implements TaskListener, ExecutionListener {

  private final PertekService pertek;
  private final TaskUsers users;

  SigningTaskListener(PertekService pertek, TaskUsers users) {
    this.pertek = pertek;
    this.users = users;
  }

  @Override
  public void notify(DelegateTask task) {
    String usulId = (String) task.getVariable(VAR_USUL_ID);
    switch (TaskEvents.of(task)) {
      case EVENTNAME_CREATE -> pertek.signingStarted(usulId);
      case EVENTNAME_ASSIGNMENT -> {
        if (task.getAssignee() != null) {
          refuse(() -> pertek.requireFourEyes(usulId, task.getAssignee()));
        }
      }
      case EVENTNAME_COMPLETE -> task.setVariable(VAR_PENANDATANGAN, users.actingUser(task));
      default -> { }
    }
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!EVENTNAME_END.equals(execution.getEventName()) || execution.isCanceled()) {
      return; // a cancelled instance decides nothing
    }
    refuse(() -> {
      SigningDecision decision = SigningDecision.of(execution.getVariable(VAR_KEPUTUSAN), execution.getVariable(VAR_CATATAN));
      execution.setVariable(VAR_KEPUTUSAN, decision.keputusan().name());
      execution.setVariable(VAR_CATATAN, decision.catatan());
      pertek.recordSigning((String) execution.getVariable(VAR_USUL_ID), decision,
          (String) execution.getVariable(VAR_PENANDATANGAN));
    });
  }

  private static void refuse(Runnable check) {
    try {
      check.run();
    } catch (InvalidDecisionException e) {
      throw new FormFieldValidationException(e.field(), "Penandatanganan ditolak: " + e.getMessage());
    }
  }
}
