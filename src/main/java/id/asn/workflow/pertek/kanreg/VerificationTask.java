package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tim Pemroses verifies an usul (verifikasiUsul): the usul moves to VERIFIKASI as the task is created; only a
 * member with a recorded POS position takes it; the outcome MS, BTS or TMS, with the reason BTS and TMS need, is
 * checked and recorded, with the member's position, as the task ends.
 */
@Component
class VerificationTask implements UserTaskHandler {


  private final PertekService pertek;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(TASK_VERIFIKASI), VAR_USUL_ID,
      VAR_VERIFIKATOR, "Verifikasi tidak dapat diselesaikan: ", null);

  private final UsulSubject subject;

  VerificationTask(PertekService pertek, UsulSubject subject) {
    this.subject = subject;
    this.pertek = pertek;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String task) {
    pertek.verificationStarted(id);
    return Start.showing(subject.of(id));
  }

  @Override
  public void assigned(String id, String task, String assignee) {
    if (assignee != null) {
      pertek.requireVerifier(assignee);
    }
  }

  @Override
  public Map<String, Object> completed(TaskCompletion completion) {
    if (completion.user() == null) {
      throw new InvalidCompletionException(VAR_VERIFIKATOR, "klaim tugas terlebih dahulu");
    }
    VerificationDecision decision = VerificationDecision.of(completion.values().raw(VAR_HASIL_VERIFIKASI),
        completion.values().raw(VAR_ALASAN_VERIFIKASI));
    pertek.recordVerification(completion.id(), decision, completion.user());
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_HASIL_VERIFIKASI, decision.hasil().name());
    variables.put(VAR_ALASAN_VERIFIKASI, decision.alasan());
    return variables;
  }
}
