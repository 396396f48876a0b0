package id.asn.workflow.recruitment;

import id.asn.workflow.workforce.Jenjang;
import java.util.Set;

/**
 * An approved vacancy of the period: position, unit, the education levels it accepts, how many, and the upper
 * age limit at application (PNS: the general limit, or the higher one for positions a Presidential Regulation names,
 * both from processes/batas-usia-pelamar.dmn). A PPPK formasi also
 * names the position's level, whose retirement age ({@code batasUsiaPensiun}, from the decision table
 * batasUsiaPensiun) bounds the applicant's age, whether the position requires a professional certificate, and the
 * position's technical threshold (2023), and whether it is a JPT utama or madya tertentu, whose PPPK is installed and
 * takes the oath of office on appointment (Lampiran II VII.B).
 */
record Formasi(String kode, String jabatan, String unitKerja, Set<Pendidikan> kualifikasi, int jumlah,
    int batasUsia, Jenjang jenjang, Integer batasUsiaPensiun, boolean sertifikasiWajib, Integer ambangTeknis, boolean jpt) {

  /** A PNS formasi. */
  public Formasi(String kode, String jabatan, String unitKerja, Set<Pendidikan> kualifikasi, int jumlah, int batasUsia) {
    this(kode, jabatan, unitKerja, kualifikasi, jumlah, batasUsia, null, null, false, null, false);
  }

  /** A PPPK formasi of a position that is not a JPT. */
  public Formasi(String kode, String jabatan, String unitKerja, Set<Pendidikan> kualifikasi, int jumlah, int batasUsia,
      Jenjang jenjang, Integer batasUsiaPensiun, boolean sertifikasiWajib, Integer ambangTeknis) {
    this(kode, jabatan, unitKerja, kualifikasi, jumlah, batasUsia, jenjang, batasUsiaPensiun, sertifikasiWajib,
        ambangTeknis, false);
  }

  /** The accepted levels as stored and imported: separated by ';' in the order of {@link Pendidikan}. */
  public String kualifikasiText() {
    return String.join(";", kualifikasi.stream().sorted().map(Enum::name).toList());
  }
}
