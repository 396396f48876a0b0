package id.asn.workflow.engine;

import static id.asn.workflow.workforce.KebutuhanProcess.DECISION_BATAS_USIA_PENSIUN;

import id.asn.workflow.workforce.Jenjang;
import id.asn.workflow.workforce.RetirementAges;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Retirement ages from the decision table batasUsiaPensiun. The table is a public rule: it is evaluated
 * without the authorization of whoever completes the task that needs it (an instansi operator may not
 * evaluate decisions through the engine).
 */
@Component
class DmnRetirementAges implements RetirementAges {

  private final DecisionService decisions;

  DmnRetirementAges(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public int of(Jenjang jenjang) {
    return WithoutAuthorization.call(() -> {
      Object age = decisions.evaluateDecisionTableByKey(DECISION_BATAS_USIA_PENSIUN,
              Map.of("jenisJabatan", jenjang.jenis().name(), "jenjang", jenjang.name()))
          .getSingleResult().getSingleEntry();
      return ((Number) age).intValue();
    });
  }
}
