package id.asn.workflow.pertek.intake;

/**
 * The candidate's data exactly as the instansi sent it in the {@code data} part: text, not yet checked.
 * {@link UsulFormValidator} turns it into {@link CandidateData} or says what is wrong.
 */
public record UsulForm(
    String jenisAsn,
    String nomorPeserta,
    String nik,
    String nama,
    String tempatLahir,
    String tanggalLahir,
    String jenisKelamin,
    String pendidikan,
    String jabatan,
    String unitKerja,
    String tmt,
    String agama) {

  /** A correction may leave out the participant number, which cannot change anyway. */
  UsulForm withNomorPesertaIfBlank(String nomorPeserta) {
    if (this.nomorPeserta != null && !this.nomorPeserta.isBlank()) {
      return this;
    }
    return new UsulForm(jenisAsn, nomorPeserta, nik, nama, tempatLahir, tanggalLahir, jenisKelamin, pendidikan,
        jabatan, unitKerja, tmt, agama);
  }
}
