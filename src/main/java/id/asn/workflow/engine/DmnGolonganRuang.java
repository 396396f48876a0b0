package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.DECISION_GOLONGAN_RUANG;

import id.asn.workflow.pertek.kanreg.GolonganRuangTable;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The decision table golonganRuang, evaluated by the engine (the version deployed last). */
@Component
class DmnGolonganRuang implements GolonganRuangTable {

  private final DecisionService decisions;

  DmnGolonganRuang(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public String of(String pendidikan) {
    return decisions.evaluateDecisionTableByKey(DECISION_GOLONGAN_RUANG, Map.of("pendidikan", pendidikan))
        .getSingleEntry();
  }
}
