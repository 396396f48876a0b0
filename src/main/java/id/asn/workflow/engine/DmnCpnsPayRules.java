package id.asn.workflow.engine;

import id.asn.workflow.appointment.CpnsPayRule;
import id.asn.workflow.appointment.CpnsPayRules;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The CPNS pay rule from the decision table gajiCpns; a public rule. */
@Component
class DmnCpnsPayRules implements CpnsPayRules {

  static final String DECISION_GAJI_CPNS = "gajiCpns";

  private final DecisionRows rows;

  DmnCpnsPayRules(DecisionService decisions) {
    this.rows = new DecisionRows(decisions, DECISION_GAJI_CPNS, "Tabel gaji calon PNS (processes/gaji-cpns.dmn)");
  }

  @Override
  public CpnsPayRule of(int tahun) {
    DmnDecisionRuleResult row = rows.row(Map.of("tahun", tahun));
    String year = " untuk TMT tahun " + tahun;
    return new CpnsPayRule(rows.number(row, "persenGajiPokok", "persenGajiPokok" + year),
        rows.number(row, "swastaMinimalTahun", "swastaMinimalTahun" + year),
        rows.number(row, "swastaPersen", "swastaPersen" + year),
        rows.number(row, "swastaPalingLamaTahun", "swastaPalingLamaTahun" + year),
        rows.number(row, "pembulatanLebihDariHari", "pembulatanLebihDariHari" + year));
  }
}
