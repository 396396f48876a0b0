package id.asn.workflow.pertek.kanreg;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.ServiceTaskHandler;
import id.asn.workflow.pertek.UsulOutcomes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * BTS: the usul goes back to the instansi. A PPPK correction is due by the end of the last working day (Lampiran
 * II VI.6.c); a PNS correction has no limit (POS step 1 note 2, Lampiran I VI.A.5.d.2) and the model reminds.
 */
@Component
class RequestCorrectionStep implements ServiceTaskHandler {

  private final PertekService pertek;
  private final PertekStandards standards;
  private final UsulOutcomes outcomes;
  private final Binding binding = new Binding(Set.of(PROCESS), Set.of(STEP_MINTA_PERBAIKAN), VAR_USUL_ID,
      DEADLINE_OWNER);

  RequestCorrectionStep(PertekService pertek, PertekStandards standards, UsulOutcomes outcomes) {
    this.pertek = pertek;
    this.standards = standards;
    this.outcomes = outcomes;
  }

  @Override
  public Binding binding() {
    return binding;
  }

  @Override
  public Result run(Step step) {
    String alasan = (String) step.variables().raw(VAR_ALASAN_VERIFIKASI);
    Result result;
    if (pertek.usul(step.id()).jenisAsn() == JenisAsn.PPPK) {
      result = Result.setting(Map.of(VAR_BATAS_PERBAIKAN,
          pertek.requestCorrection(step.id(), alasan, standards.batasPerbaikanHariKerja(), step.today())));
    } else {
      pertek.requestOpenCorrection(step.id(), alasan, standards.pengingatPerbaikanPns());
      result = new Result(Map.of(), List.of(VAR_BATAS_PERBAIKAN));
    }
    outcomes.decided(step.id(), UsulOutcomes.BTS, alasan, null);
    return result;
  }
}
