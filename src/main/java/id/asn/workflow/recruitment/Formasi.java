package id.asn.workflow.recruitment;

import id.asn.workflow.workforce.Jenjang;
import java.util.Set;

/**
 * An approved vacancy of the period: position, unit, the education levels it accepts, how many, and the upper
 * age limit at application (PNS: 35, or 40 for positions a Presidential Regulation names). A PPPK formasi also
 * names the position's level, whose retirement age ({@code batasUsiaPensiun}, from the decision table
 * batasUsiaPensiun) bounds the applicant's age, whether the position requires a professional certificate, and the
 * position's technical threshold (2023).
 */
public record Formasi(String kode, String jabatan, String unitKerja, Set<Pendidikan> kualifikasi, int jumlah,
    int batasUsia, Jenjang jenjang, Integer batasUsiaPensiun, boolean sertifikasiWajib, Integer ambangTeknis) {

  public static final int BATAS_USIA_UMUM = 35;
  public static final int BATAS_USIA_PENGECUALIAN = 40;

  /** A PNS formasi. */
  public Formasi(String kode, String jabatan, String unitKerja, Set<Pendidikan> kualifikasi, int jumlah, int batasUsia) {
    this(kode, jabatan, unitKerja, kualifikasi, jumlah, batasUsia, null, null, false, null);
  }

  /** The accepted levels as stored and imported: separated by ';' in the order of {@link Pendidikan}. */
  public String kualifikasiText() {
    return String.join(";", kualifikasi.stream().sorted().map(Enum::name).toList());
  }
}
