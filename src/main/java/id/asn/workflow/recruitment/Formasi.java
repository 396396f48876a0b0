package id.asn.workflow.recruitment;

import java.util.Set;

/**
 * An approved vacancy of the period: position, unit, the education levels it accepts, how many, and the upper
 * age limit at application (35, or 40 for positions a Presidential Regulation names).
 */
public record Formasi(String kode, String jabatan, String unitKerja, Set<Pendidikan> kualifikasi, int jumlah,
    int batasUsia) {

  public static final int BATAS_USIA_UMUM = 35;
  public static final int BATAS_USIA_PENGECUALIAN = 40;

  /** The accepted levels as stored and imported: separated by ';' in the order of {@link Pendidikan}. */
  public String kualifikasiText() {
    return String.join(";", kualifikasi.stream().sorted().map(Enum::name).toList());
  }
}
