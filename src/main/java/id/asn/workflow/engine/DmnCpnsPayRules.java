package id.asn.workflow.engine;

import id.asn.workflow.appointment.CpnsPayRule;
import id.asn.workflow.appointment.CpnsPayRules;
import id.asn.workflow.kernel.Refusal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The CPNS pay rule from the decision table gajiCpns; a public rule. */
@Component
class DmnCpnsPayRules implements CpnsPayRules {

  static final String DECISION_GAJI_CPNS = "gajiCpns";

  private final DecisionService decisions;

  DmnCpnsPayRules(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public CpnsPayRule of(int tahun) {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_GAJI_CPNS, Map.of("tahun", tahun))
          .getFirstResult();
      return new CpnsPayRule(number(row, "persenGajiPokok", tahun), number(row, "swastaMinimalTahun", tahun),
          number(row, "swastaPersen", tahun), number(row, "swastaPalingLamaTahun", tahun),
          number(row, "pembulatanLebihDariHari", tahun));
    });
  }

  private static int number(DmnDecisionRuleResult row, String output, int tahun) {
    if (row == null || !(row.get(output) instanceof Number value)) {
      throw Refusal.conflict("Tabel gaji calon PNS (processes/gaji-cpns.dmn) tidak memuat " + output + " untuk TMT "
          + "tahun " + tahun + "; administrator perlu melengkapinya (docs/rules.md)");
    }
    return value.intValue();
  }
}
