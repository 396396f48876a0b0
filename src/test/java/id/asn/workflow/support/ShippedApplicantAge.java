package id.asn.workflow.support;

import id.asn.workflow.kernel.ApplicantAge;
import id.asn.workflow.kernel.ApplicantAgeLimits;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;

/** The applicants' age limits of the shipped processes/batas-usia-pelamar.dmn, for rule tests. */
public final class ShippedApplicantAge implements ApplicantAgeLimits {

  public static final ShippedApplicantAge INSTANCE = new ShippedApplicantAge();
  /** PNS 18 to 35, 40 for named positions; PPPK from 20 to a year before the position's retirement age. */
  public static final ApplicantAge LIMITS = INSTANCE.current();

  private ShippedApplicantAge() {}

  @Override
  public ApplicantAge current() {
    DmnDecisionRuleResult pns = row("PNS");
    DmnDecisionRuleResult pppk = row("PPPK");
    return new ApplicantAge(number(pns, "usiaMinimal"), number(pns, "usiaMaksimal"),
        number(pns, "usiaMaksimalJabatanTertentu"), number(pppk, "usiaMinimal"), number(pppk, "tahunSebelumBup"));
  }

  private static DmnDecisionRuleResult row(String jenis) {
    return ShippedDecisionTables.row("batas-usia-pelamar.dmn", "batasUsiaPelamar", Map.of("jenis", jenis));
  }

  private static int number(DmnDecisionRuleResult row, String output) {
    return ((Number) row.get(output)).intValue();
  }
}
