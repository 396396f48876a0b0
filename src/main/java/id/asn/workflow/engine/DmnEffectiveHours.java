package id.asn.workflow.engine;

import id.asn.workflow.workforce.EffectiveHours;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** Effective working hours from the decision table jamKerjaEfektif; a public rule. */
@Component
class DmnEffectiveHours implements EffectiveHours {

  static final String DECISION_JAM_KERJA_EFEKTIF = "jamKerjaEfektif";

  private final DecisionRows rows;

  DmnEffectiveHours(DecisionService decisions) {
    this.rows = new DecisionRows(decisions, DECISION_JAM_KERJA_EFEKTIF,
        "Tabel jam kerja efektif (processes/jam-kerja-efektif.dmn)");
  }

  @Override
  public int perYear(int tahun) {
    int hours = rows.number(rows.row(Map.of("tahun", tahun)), "jamPerTahun", "jam kerja efektif untuk tahun " + tahun);
    if (hours <= 0) {
      throw rows.missing("jam kerja efektif yang sah (lebih dari 0) untuk tahun " + tahun);
    }
    return hours;
  }
}
