package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulNi;
import java.time.LocalDate;
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
  private final PertekStandards standards;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_PEMERIKSAAN_AWAL), VAR_USUL_ID, null);

  PreCheckStep(PertekService pertek, GolonganRuangTable golonganRuang, PertekStandards standards) {
    this.pertek = pertek;
    this.golonganRuang = golonganRuang;
    this.standards = standards;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  /** What a BTS decided today would give the instansi: a PPPK's last day, a PNS's open wait. */
  private String ifReturned(UsulNi usul, LocalDate today) {
    if (usul.jenisAsn() != JenisAsn.PPPK) {
      return TaskSummaries.ifReturnedPns();
    }
    int days = standards.batasPerbaikanHariKerja();
    return TaskSummaries.ifReturnedPppk(pertek.correctionDeadline(days, today), days);
  }

  @Override
  public Result run(Step step) {
    UsulNi usul = pertek.usul(step.id());
    String golongan = usul.jenisAsn() == JenisAsn.PNS ? golonganRuang.of(usul.pendidikan()) : null;
    PertekService.PreCheckResult result = pertek.preCheck(step.id(), golongan);
    Map<String, Object> variables = new HashMap<>();
    variables.put(VAR_JENIS_ASN, usul.jenisAsn().name());
    variables.put(VAR_GOLONGAN_RUANG, golongan);
    variables.put(VAR_RINGKASAN_USUL, result.summary() + ifReturned(usul, step.today()));
    variables.put(VAR_JUMLAH_TEMUAN, result.attentionCount());
    return new Result(variables, LAST_ROUND);
  }
}
