package id.asn.workflow.engine;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The applicants' age limits from the decision table batasUsiaPelamar; a public rule. */
@Component
class DmnApplicantAgeLimits implements ApplicantAgeLimits {

  static final String DECISION_BATAS_USIA_PELAMAR = "batasUsiaPelamar";

  private final DecisionRows rows;

  DmnApplicantAgeLimits(DecisionService decisions) {
    this.rows = new DecisionRows(decisions, DECISION_BATAS_USIA_PELAMAR,
        "Tabel batas usia pelamar (processes/batas-usia-pelamar.dmn)");
  }

  @Override
  public ApplicantAge current() {
    DmnDecisionRuleResult pns = rows.row(Map.of("jenis", "PNS"));
    DmnDecisionRuleResult pppk = rows.row(Map.of("jenis", "PPPK"));
    return new ApplicantAge(rows.number(pns, "usiaMinimal", "usiaMinimal untuk PNS"),
        rows.number(pns, "usiaMaksimal", "usiaMaksimal untuk PNS"),
        rows.number(pns, "usiaMaksimalJabatanTertentu", "usiaMaksimalJabatanTertentu untuk PNS"),
        rows.number(pppk, "usiaMinimal", "usiaMinimal untuk PPPK"),
        rows.number(pppk, "tahunSebelumBup", "tahunSebelumBup untuk PPPK"));
  }
}
