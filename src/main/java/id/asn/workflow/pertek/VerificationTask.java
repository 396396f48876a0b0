package id.asn.workflow.pertek;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.UserTaskHandler;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Tim Pemroses verifies an usul (verifikasiUsul): the usul moves to VERIFIKASI as the task is created; the
 * outcome MS, BTS or TMS, with the reason BTS and TMS need, is checked and recorded as the task ends.
 */
@Component
class VerificationTask implements UserTaskHandler {

  static final String TASK = "verifikasiUsul";
  public static final String HASIL = "hasilVerifikasi";
  public static final String ALASAN = "alasanVerifikasi";
  public static final String VERIFIKATOR = "verifikator";

  private final PertekService pertek;
  private final Binding binding = new Binding(Set.of(PertekService.PROCESS), Set.of(TASK), PertekService.VAR_USUL_ID,
      VERIFIKATOR, "Verifikasi tidak dapat diselesaikan: ", null);

  VerificationTask(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Start started(String id, String task) {
    pertek.verificationStarted(id);
    return Start.NOTHING;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion completion) {
    if (completion.user() == null) {
      throw new InvalidCompletionException(VERIFIKATOR, "klaim tugas terlebih dahulu");
    }
    VerificationDecision decision = VerificationDecision.of(completion.values().raw(HASIL),
        completion.values().raw(ALASAN));
    pertek.recordVerification(completion.id(), decision, completion.user());
    Map<String, Object> variables = new HashMap<>();
    variables.put(HASIL, decision.hasil().name());
    variables.put(ALASAN, decision.alasan());
    return variables;
  }
}
