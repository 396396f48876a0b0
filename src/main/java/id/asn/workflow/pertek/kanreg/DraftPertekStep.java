package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.ServiceTaskHandler;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** MS: the Nomor Induk is allocated and the draft Pertek generated for the signer. */
@Component
class DraftPertekStep implements ServiceTaskHandler {

  private final PertekService pertek;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_TETAPKAN_NOMOR), VAR_USUL_ID, null);

  DraftPertekStep(PertekService pertek) {
    this.pertek = pertek;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    String summary = pertek.draft(step.id(), (String) step.variables().raw(VAR_GOLONGAN_RUANG));
    return Result.setting(Map.of(VAR_NOMOR_INDUK, pertek.usul(step.id()).nomorInduk(), VAR_RINGKASAN_PERTEK, summary));
  }
}
