package id.asn.workflow.support;

import id.asn.workflow.recruitment.ScoreScale;
import id.asn.workflow.recruitment.ScoreScales;
import java.util.Map;

/** The score scales of the shipped processes/nilai-seleksi.dmn, for rule tests without the application. */
public final class ShippedScoreScales implements ScoreScales {

  public static final ShippedScoreScales INSTANCE = new ShippedScoreScales();

  private ShippedScoreScales() {}

  @Override
  public ScoreScale of(int tahun) {
    var weights = ShippedDecisionTables.row("nilai-seleksi.dmn", "bobotNilaiAkhir", Map.of("tahun", tahun));
    return new ScoreScale(max(tahun, "TWK"), max(tahun, "TIU"), max(tahun, "TKP"), max(tahun, "SKB"), max(tahun, "TEKNIS"),
        max(tahun, "MANAJERIAL_SOSIAL_KULTURAL"), max(tahun, "WAWANCARA"), ((Number) weights.get("bobotSkd")).intValue(),
        ((Number) weights.get("bobotSkb")).intValue(), ((Number) ShippedDecisionTables.row("nilai-seleksi.dmn",
            "kuotaSkb", Map.of("tahun", tahun)).get("kelipatan")).intValue());
  }

  private static int max(int tahun, String ujian) {
    return ((Number) ShippedDecisionTables.row("nilai-seleksi.dmn", "nilaiMaksimalSeleksi",
        Map.of("tahun", tahun, "ujian", ujian)).get("maksimal")).intValue();
  }
}
