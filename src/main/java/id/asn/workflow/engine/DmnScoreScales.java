package id.asn.workflow.engine;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.recruitment.ScoreScale;
import id.asn.workflow.recruitment.ScoreScales;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Score maxima, weights and the SKB quota from the decisions of nilai-seleksi.dmn; a public rule. */
@Component
class DmnScoreScales implements ScoreScales {

  static final String DECISION_NILAI_MAKSIMAL = "nilaiMaksimalSeleksi";
  static final String DECISION_BOBOT = "bobotNilaiAkhir";
  static final String DECISION_KUOTA_SKB = "kuotaSkb";

  private final DecisionService decisions;

  DmnScoreScales(DecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public ScoreScale of(int tahun) {
    return WithoutAuthorization.call(() -> {
      DmnDecisionRuleResult weights = decisions.evaluateDecisionTableByKey(DECISION_BOBOT, Map.of("tahun", tahun))
          .getFirstResult();
      return new ScoreScale(maximum(tahun, "TWK"), maximum(tahun, "TIU"), maximum(tahun, "TKP"), maximum(tahun, "SKB"),
          maximum(tahun, "TEKNIS"), maximum(tahun, "MANAJERIAL_SOSIAL_KULTURAL"), maximum(tahun, "WAWANCARA"),
          number(weights, "bobotSkd", tahun, "bobot SKD"), number(weights, "bobotSkb", tahun, "bobot SKB"),
          number(decisions.evaluateDecisionTableByKey(DECISION_KUOTA_SKB, Map.of("tahun", tahun)).getFirstResult(),
              "kelipatan", tahun, "kuota SKB"));
    });
  }

  private int maximum(int tahun, String ujian) {
    DmnDecisionRuleResult row = decisions.evaluateDecisionTableByKey(DECISION_NILAI_MAKSIMAL,
        Map.of("tahun", tahun, "ujian", ujian)).getFirstResult();
    return number(row, "maksimal", tahun, "nilai paling tinggi " + ujian);
  }

  private static int number(DmnDecisionRuleResult row, String output, int tahun, String what) {
    if (row == null || !(row.get(output) instanceof Number value)) {
      throw Refusal.conflict("Tabel nilai seleksi (processes/nilai-seleksi.dmn) tidak memuat " + what + " untuk tahun "
          + tahun + "; administrator perlu menambahkannya (docs/rules.md)");
    }
    return value.intValue();
  }
}
