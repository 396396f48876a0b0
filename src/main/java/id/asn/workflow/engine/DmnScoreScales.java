package id.asn.workflow.engine;

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
  private static final String TABLE = "Tabel nilai seleksi (processes/nilai-seleksi.dmn)";

  private final DecisionRows maxima;
  private final DecisionRows weights;
  private final DecisionRows quota;

  DmnScoreScales(DecisionService decisions) {
    this.maxima = new DecisionRows(decisions, DECISION_NILAI_MAKSIMAL, TABLE);
    this.weights = new DecisionRows(decisions, DECISION_BOBOT, TABLE);
    this.quota = new DecisionRows(decisions, DECISION_KUOTA_SKB, TABLE);
  }

  @Override
  public ScoreScale of(int tahun) {
    DmnDecisionRuleResult weight = weights.row(Map.of("tahun", tahun));
    String year = " untuk tahun " + tahun;
    return new ScoreScale(maximum(tahun, "TWK"), maximum(tahun, "TIU"), maximum(tahun, "TKP"), maximum(tahun, "SKB"),
        maximum(tahun, "TEKNIS"), maximum(tahun, "MANAJERIAL_SOSIAL_KULTURAL"), maximum(tahun, "WAWANCARA"),
        weights.number(weight, "bobotSkd", "bobot SKD" + year), weights.number(weight, "bobotSkb", "bobot SKB" + year),
        quota.number(quota.row(Map.of("tahun", tahun)), "kelipatan", "kuota SKB" + year));
  }

  private int maximum(int tahun, String ujian) {
    return maxima.number(maxima.row(Map.of("tahun", tahun, "ujian", ujian)), "maksimal",
        "nilai paling tinggi " + ujian + " untuk tahun " + tahun);
  }
}
