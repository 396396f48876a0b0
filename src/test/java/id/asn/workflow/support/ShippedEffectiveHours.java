package id.asn.workflow.support;

import id.asn.workflow.workforce.EffectiveHours;
import java.util.Map;

/** The effective working hours of the shipped processes/jam-kerja-efektif.dmn, for rule tests. */
public final class ShippedEffectiveHours implements EffectiveHours {

  public static final ShippedEffectiveHours INSTANCE = new ShippedEffectiveHours();
  /** 1,250 hours a year. */
  public static final int HOURS = INSTANCE.perYear(2026);

  private ShippedEffectiveHours() {}

  @Override
  public int perYear(int tahun) {
    return ((Number) ShippedDecisionTables.row("jam-kerja-efektif.dmn", "jamKerjaEfektif", Map.of("tahun", tahun))
        .get("jamPerTahun")).intValue();
  }
}
