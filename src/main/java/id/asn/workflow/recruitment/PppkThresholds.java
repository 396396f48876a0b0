package id.asn.workflow.recruitment;

/**
 * The PPPK thresholds the Minister sets per year: the decision table {@code processes/ambang-batas-pppk.dmn},
 * evaluated in the engine package. Its inputs are the year, whether the position requires a professional
 * certificate and the technical threshold of the position (a formasi column).
 */
public interface PppkThresholds {

  /** @throws UnknownThresholdException when the table has no row for the year and position */
  PppkThreshold of(int tahun, boolean sertifikasiWajib, Integer ambangTeknisJabatan);

  /** No threshold is known: the result cannot be decided until the table or the formasi is completed. */
  class UnknownThresholdException extends RuntimeException {
    public UnknownThresholdException(int tahun, boolean sertifikasiWajib, Integer ambangTeknisJabatan) {
      super("Nilai ambang batas PPPK tahun " + tahun + " untuk jabatan " + (sertifikasiWajib
          ? "yang mensyaratkan sertifikasi profesi" : "tanpa sertifikasi profesi dengan ambang teknis "
          + (ambangTeknisJabatan == null ? "(kosong: isi kolom ambangTeknis formasi)" : ambangTeknisJabatan))
          + " tidak ada di tabel keputusan ambangBatasPppk");
    }
  }
}
