package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Pejabat Penandatanganan signs the Pertek (tandaTanganPertek): as the task is taken, four eyes (not the
 * verifier of the same usul) and a decree of the Kepala BKN that holds today; SETUJU or KEMBALIKAN with its note
 * checked and recorded as the task ends.
 */
@Component
class SigningTask implements UserTaskHandler {


  private final PertekService pertek;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(TASK_TANDA_TANGAN), VAR_USUL_ID,
      VAR_PENANDATANGAN, "Penandatanganan ditolak: ", null);

  private final UsulSubject subject;

  SigningTask(PertekService pertek, UsulSubject subject) {
    this.subject = subject;
    this.pertek = pertek;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String task) {
    pertek.signingStarted(id);
    return Start.showing(subject.of(id));
  }

  @Override
  public void assigned(String id, String task, String assignee) {
    pertek.requireSigner(id, assignee);
  }

  @Override
  public Map<String, Object> completed(TaskCompletion completion) {
    SigningDecision decision = SigningDecision.of(completion.values().raw(VAR_KEPUTUSAN), completion.values().raw(VAR_CATATAN));
    pertek.recordSigning(completion.id(), decision, completion.user());
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_KEPUTUSAN, decision.keputusan().name());
    variables.put(VAR_CATATAN, decision.catatan());
    return variables;
  }
}
