package id.asn.workflow.support;

import id.asn.workflow.pertek.kanreg.PositionEducation;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;

/** The functional positions' lowest education of the shipped processes/pendidikan-jabatan.dmn, for rule tests. */
public final class ShippedPositionEducation implements PositionEducation {

  public static final ShippedPositionEducation INSTANCE = new ShippedPositionEducation();

  private ShippedPositionEducation() {}

  @Override
  public Requirement of(Kelompok kelompok) {
    DmnDecisionRuleResult row = ShippedDecisionTables.row("pendidikan-jabatan.dmn", "pendidikanJabatan",
        Map.of("kelompokJabatan", kelompok.name()));
    return new Requirement(Arrays.stream(((String) row.get("pendidikanDiterima")).split(",")).map(String::strip)
        .collect(Collectors.toUnmodifiableSet()), (String) row.get("uraian"));
  }
}
