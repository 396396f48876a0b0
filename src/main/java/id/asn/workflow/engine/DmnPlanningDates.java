package id.asn.workflow.engine;

import id.asn.workflow.workforce.PlanningDates;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The planning dates from the decision table tanggalKebutuhan; a public rule. */
@Component
class DmnPlanningDates implements PlanningDates {

  static final String DECISION_TANGGAL_KEBUTUHAN = "tanggalKebutuhan";

  private final DecisionRows rows;

  DmnPlanningDates(DecisionService decisions) {
    this.rows = new DecisionRows(decisions, DECISION_TANGGAL_KEBUTUHAN,
        "Tabel tanggal penyusunan kebutuhan (processes/tanggal-kebutuhan.dmn)");
  }

  @Override
  public LocalDate lastDay(int tahun, boolean perubahanAnggaran) {
    return date(perubahanAnggaran ? "batasPenyampaianPerubahanAnggaran" : "batasPenyampaian", tahun);
  }

  @Override
  public LocalDate dataDate(int tahun) {
    return date("tanggalData", tahun);
  }

  private LocalDate date(String tanggal, int tahun) {
    String what = "tanggal '" + tanggal + "' untuk tahun penyusunan " + tahun;
    DmnDecisionRuleResult row = rows.row(Map.of("tanggal", tanggal, "tahun", tahun));
    int selisih = rows.number(row, "selisihTahun", what);
    int bulan = rows.number(row, "bulan", what);
    int hari = rows.number(row, "hari", what);
    try {
      return LocalDate.of(tahun + selisih, bulan, hari);
    } catch (DateTimeException e) {
      throw rows.missing(what + " yang sah (ada bulan " + bulan + " hari " + hari + ")");
    }
  }
}
