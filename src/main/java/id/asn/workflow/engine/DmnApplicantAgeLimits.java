package id.asn.workflow.engine;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import id.asn.workflow.kernel.Refusal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The applicants' age limits from the decision table batasUsiaPelamar; a public rule. */
@Component
class DmnApplicantAgeLimits implements ApplicantAgeLimits {

  static final String DECISION_BATAS_USIA_PELAMAR = "batasUsiaPelamar";

  private final DecisionService decisions;

  DmnApplicantAgeLimits(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public ApplicantAge current() {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult pns = row("PNS");
      DmnDecisionRuleResult pppk = row("PPPK");
      return new ApplicantAge(number(pns, "usiaMinimal", "PNS"), number(pns, "usiaMaksimal", "PNS"),
          number(pns, "usiaMaksimalJabatanTertentu", "PNS"), number(pppk, "usiaMinimal", "PPPK"),
          number(pppk, "tahunSebelumBup", "PPPK"));
    });
  }

  private DmnDecisionRuleResult row(String jenis) {
    return decisions.evaluateDecisionTableByKey(DECISION_BATAS_USIA_PELAMAR, Map.of("jenis", jenis)).getFirstResult();
  }

  private static int number(DmnDecisionRuleResult row, String output, String jenis) {
    if (row == null || !(row.get(output) instanceof Number value)) {
      throw Refusal.conflict("Tabel batas usia pelamar (processes/batas-usia-pelamar.dmn) tidak memuat " + output
          + " untuk " + jenis + "; administrator perlu melengkapinya (docs/rules.md)");
    }
    return value.intValue();
  }
}
