package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulNi;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Pre-checks a new or corrected usul and prepares what the verifier reads; a new round starts clean. */
@Component
class PreCheckStep implements ServiceTaskHandler {

  /** What the last round decided: the verifier and the signer of this round decide afresh. */
  static final List<String> LAST_ROUND = List.of(VAR_HASIL_VERIFIKASI, VAR_ALASAN_VERIFIKASI,
      VAR_KEPUTUSAN, VAR_CATATAN);

  private final PertekService pertek;
  private final GolonganRuangTable golonganRuang;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_PEMERIKSAAN_AWAL), VAR_USUL_ID, null);

  PreCheckStep(PertekService pertek, GolonganRuangTable golonganRuang) {
    this.pertek = pertek;
    this.golonganRuang = golonganRuang;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    UsulNi usul = pertek.usul(step.id());
    String golongan = usul.jenisAsn() == JenisAsn.PNS ? golonganRuang.of(usul.pendidikan()) : null;
    PertekService.PreCheckResult result = pertek.preCheck(step.id(), golongan);
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_JENIS_ASN, usul.jenisAsn().name());
    variables.put(VAR_GOLONGAN_RUANG, golongan);
    variables.put(VAR_RINGKASAN_USUL, result.summary());
    variables.put(VAR_JUMLAH_TEMUAN, result.attentionCount());
    return new Result(variables, LAST_ROUND);
  }
}
