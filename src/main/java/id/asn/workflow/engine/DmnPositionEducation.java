package id.asn.workflow.engine;

import id.asn.workflow.pertek.kanreg.PositionEducation;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/** The functional positions' lowest education from the decision table pendidikanJabatan; a public rule. */
@Component
class DmnPositionEducation implements PositionEducation {

  static final String DECISION_PENDIDIKAN_JABATAN = "pendidikanJabatan";

  private final DecisionRows rows;

  DmnPositionEducation(DecisionService decisions) {
    this.rows = new DecisionRows(decisions, DECISION_PENDIDIKAN_JABATAN,
        "Tabel pendidikan jabatan fungsional (processes/pendidikan-jabatan.dmn)");
  }

  @Override
  public Requirement of(Kelompok kelompok) {
    DmnDecisionRuleResult row = rows.row(Map.of("kelompokJabatan", kelompok.name()));
    if (row == null || !(row.get("pendidikanDiterima") instanceof String accepted) || accepted.isBlank()
        || !(row.get("uraian") instanceof String uraian)) {
      throw rows.missing("pendidikan yang diterima untuk kelompok jabatan " + kelompok);
    }
    Set<String> codes = Arrays.stream(accepted.split(",")).map(String::strip).filter(c -> !c.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
    return new Requirement(codes, uraian);
  }
}
