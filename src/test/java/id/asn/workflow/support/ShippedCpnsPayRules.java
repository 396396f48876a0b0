package id.asn.workflow.support;

import id.asn.workflow.appointment.CpnsPayRule;
import id.asn.workflow.appointment.CpnsPayRules;
import java.util.Map;

/** The CPNS pay rule of the shipped processes/gaji-cpns.dmn, for rule tests. */
public final class ShippedCpnsPayRules implements CpnsPayRules {

  public static final ShippedCpnsPayRules INSTANCE = new ShippedCpnsPayRules();
  /** 80 %; private employment from 1 year, half, at most 8 years; leftover days above 15 round up. */
  public static final CpnsPayRule RULE = INSTANCE.of(2025);

  private ShippedCpnsPayRules() {}

  @Override
  public CpnsPayRule of(int tahun) {
    var row = ShippedDecisionTables.row("gaji-cpns.dmn", "gajiCpns", Map.of("tahun", tahun));
    return new CpnsPayRule(number(row.get("persenGajiPokok")), number(row.get("swastaMinimalTahun")),
        number(row.get("swastaPersen")), number(row.get("swastaPalingLamaTahun")),
        number(row.get("pembulatanLebihDariHari")));
  }

  private static int number(Object value) {
    return ((Number) value).intValue();
  }
}
