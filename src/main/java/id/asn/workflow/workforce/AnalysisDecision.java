package id.asn.workflow.workforce;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Map;
import java.util.Set;

/**
 * BKN's needs analysis (Peraturan BKN 9/2022): inventory, classify and process the data, verify and
 * validate it against the job and workload analyses, set the number and kind of positions, report. Or send
 * the proposal back to the instansi with the reason.
 */
record AnalysisDecision(Hasil hasil, String alasan, Map<String, Integer> penetapan, String laporan) {

  public enum Hasil { LANJUT, KEMBALIKAN }

  static final String[] STEPS = {"inventarisasiData", "klasifikasiData", "pengolahanData", "verifikasiValidasi"};

  public static AnalysisDecision of(CompletionValues values, Set<String> positionCodes) {
    Hasil hasil = parse(values.text("hasilAnalisis"));
    if (hasil == Hasil.KEMBALIKAN) {
      return new AnalysisDecision(hasil, values.requiredText("alasanAnalisis", 2000,
          "alasan pengembalian yang dapat ditindaklanjuti instansi"), Map.of(), null);
    }
    for (String step : STEPS) {
      values.requireTrue(step, "tahap analisis kebutuhan ini belum ditandai selesai");
    }
    Map<String, Integer> penetapan = DeterminedNeeds.parse("penetapanKebutuhan", values.text("penetapanKebutuhan"),
        positionCodes);
    String laporan = values.requiredText("laporanAnalisis", 8000, "laporan hasil analisis kebutuhan");
    return new AnalysisDecision(hasil, null, penetapan, laporan);
  }

  private static Hasil parse(String text) {
    if (text.isEmpty()) {
      throw new InvalidCompletionException("hasilAnalisis", "wajib diisi: LANJUT atau KEMBALIKAN");
    }
    try {
      return Hasil.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidCompletionException("hasilAnalisis", "harus LANJUT atau KEMBALIKAN, bukan '" + text + "'");
    }
  }
}
