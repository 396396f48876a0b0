package id.asn.workflow.recruitment;

import java.util.Map;

/** The reason an applicant does not pass, as an announcement states it, from the code the ranking stores. */
final class ReasonTexts {

  private ReasonTexts() {}

  static String skd(String code, Kategori kategori, Integer twk, Integer tiu, Integer tkp, int quotaMultiple,
      int jumlah, Map<Kategori, SkdThreshold> thresholds) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "TIDAK_HADIR" -> "tidak mengikuti SKD (tidak ada nilai)";
      case "DI_BAWAH_AMBANG_BATAS" -> {
        SkdThreshold t = thresholds.get(kategori);
        yield "tidak memenuhi nilai ambang batas kategori " + kategori + ": "
            + (t == null ? "" : String.join(", ", t.shortfalls(twk, tiu, tkp)));
      }
      case "DI_LUAR_PERINGKAT" -> "memenuhi ambang batas, tetapi di luar peringkat " + quotaMultiple
          + " × kebutuhan formasi (" + quotaMultiple * jumlah + ")";
      default -> code;
    };
  }

  static String akhirPppk(String code, int jumlah, PppkThreshold threshold, Integer teknis, Integer msk,
      Integer wawancara) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "TIDAK_HADIR" -> "tidak mengikuti seleksi kompetensi atau wawancara (tidak ada nilai)";
      case "DI_BAWAH_AMBANG_BATAS" -> "tidak memenuhi nilai ambang batas: " + (threshold == null || teknis == null ? ""
          : String.join(", ", threshold.shortfalls(teknis, msk, wawancara)));
      default -> akhir(code, jumlah);
    };
  }

  static String akhir(String code, int jumlah) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "TIDAK_HADIR_SKB" -> "tidak mengikuti SKB (tidak ada nilai)";
      case "CADANGAN" -> "di luar " + jumlah + " kebutuhan formasi; tetap berperingkat sebagai pengganti";
      case "SAMA_DI_BATAS" -> "nilai dan usia sama persis dengan peserta lain di batas kebutuhan formasi; "
          + "ditetapkan panitia seleksi nasional";
      default -> code;
    };
  }
}
