package id.asn.workflow.appointment;

import java.util.Arrays;

/**
 * The PNS ranks (pangkat, golongan ruang) from lowest to highest, with their names (PP 99/2000), so that ranks can
 * be compared: the witnesses of an oath must be of at least the rank of the one who swears (Perbup Batang 6/2023
 * Lampiran I VII.C.16).
 */
public enum GolonganRuang {
  I_A("I/a", "Juru Muda"),
  I_B("I/b", "Juru Muda Tingkat I"),
  I_C("I/c", "Juru"),
  I_D("I/d", "Juru Tingkat I"),
  II_A("II/a", "Pengatur Muda"),
  II_B("II/b", "Pengatur Muda Tingkat I"),
  II_C("II/c", "Pengatur"),
  II_D("II/d", "Pengatur Tingkat I"),
  III_A("III/a", "Penata Muda"),
  III_B("III/b", "Penata Muda Tingkat I"),
  III_C("III/c", "Penata"),
  III_D("III/d", "Penata Tingkat I"),
  IV_A("IV/a", "Pembina"),
  IV_B("IV/b", "Pembina Tingkat I"),
  IV_C("IV/c", "Pembina Utama Muda"),
  IV_D("IV/d", "Pembina Utama Madya"),
  IV_E("IV/e", "Pembina Utama");

  private final String kode;
  private final String pangkat;

  GolonganRuang(String kode, String pangkat) {
    this.kode = kode;
    this.pangkat = pangkat;
  }

  /** As written in decrees and as the decision table golonganRuang gives it: "III/a". */
  public String kode() {
    return kode;
  }

  public String pangkat() {
    return pangkat;
  }

  /** "Penata Muda, III/a". */
  public String label() {
    return pangkat + ", " + kode;
  }

  public boolean atLeast(GolonganRuang other) {
    return compareTo(other) >= 0;
  }

  public static GolonganRuang ofKode(String kode) {
    return Arrays.stream(values()).filter(g -> g.kode.equals(kode)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("golongan ruang tidak dikenal: " + kode));
  }
}
