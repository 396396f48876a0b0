package id.asn.workflow.recruitment;

import java.math.BigDecimal;

/**
 * One applicant's line of an announcement: formasi, identity, scores (PNS: SKD and SKB; PPPK: technical,
 * managerial + socio-cultural, interview), rank, pass flag and reason.
 */
record HasilRow(String kodeFormasi, String jabatan, String kualifikasiPendidikan, String nomorPeserta,
    String nama, String kategori, Integer twk, Integer tiu, Integer tkp, Integer totalSkd, BigDecimal nilaiSkb,
    BigDecimal nilaiAkhir, Integer peringkat, boolean lulus, String alasan, Integer teknis,
    Integer manajerialSosialKultural, Integer wawancara) {

  /** A PNS line. */
  public HasilRow(String kodeFormasi, String jabatan, String kualifikasiPendidikan, String nomorPeserta, String nama,
      String kategori, Integer twk, Integer tiu, Integer tkp, Integer totalSkd, BigDecimal nilaiSkb,
      BigDecimal nilaiAkhir, Integer peringkat, boolean lulus, String alasan) {
    this(kodeFormasi, jabatan, kualifikasiPendidikan, nomorPeserta, nama, kategori, twk, tiu, tkp, totalSkd, nilaiSkb,
        nilaiAkhir, peringkat, lulus, alasan, null, null, null);
  }
}
