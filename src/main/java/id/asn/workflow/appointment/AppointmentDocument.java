package id.asn.workflow.appointment;

/**
 * What a candidate who passed must hand in to be appointed CPNS (Perbup Batang 6/2023 Lampiran I VI.A.2), with the
 * validity conditions the completeness check applies (VI.A.3.b). The codes are those of the usul NI's documents
 * ({@code pertek.DocumentType}), so the same files go on to the NIP proposal.
 */
enum AppointmentDocument {
  SURAT_LAMARAN("Surat lamaran sesuai format panitia seleksi nasional, ditandatangani dengan tinta hitam, ditujukan "
      + "kepada PPK", "VI.A.2", "VI.A.3.b.1"),
  IJAZAH("Fotokopi Ijazah/STTB yang telah dilegalisir oleh pejabat yang berwenang", "VI.A.2.a", "VI.A.3.b.2"),
  DRH("Daftar riwayat hidup yang ditandatangani peserta dan bermeterai, dengan pasfoto tercetak", "VI.A.2.b",
      "VI.A.3.b.3"),
  SKCK("Surat Keterangan Catatan Kepolisian dari Kepolisian Negara Republik Indonesia", "VI.A.2.c", "VI.A.3.b.4"),
  SURAT_SEHAT("Surat keterangan sehat jasmani dan rohani dari dokter PNS atau dokter unit pelayanan kesehatan "
      + "pemerintah", "VI.A.2.d", "VI.A.3.b.5"),
  BEBAS_NAPZA("Surat keterangan tidak mengonsumsi/menggunakan narkotika, psikotropika, prekursor, dan zat adiktif "
      + "lainnya", "VI.A.2.e", "VI.A.3.b.6"),
  SURAT_PERNYATAAN("Surat pernyataan (tidak pernah dipidana 2 tahun atau lebih, tidak pernah diberhentikan, bukan "
      + "CPNS/PNS/TNI/Polri, bukan anggota/pengurus partai politik, bersedia ditempatkan di seluruh wilayah NKRI)",
      "VI.A.2.f", "VI.A.2.f");

  private final String label;
  private final String reference;
  private final String validityReference;

  AppointmentDocument(String label, String reference, String validityReference) {
    this.label = label;
    this.reference = reference;
    this.validityReference = validityReference;
  }

  public String label() {
    return label;
  }

  /** Where VI.A.2 requires it. */
  public String reference() {
    return reference;
  }

  /** Where the regulation says what makes it valid. */
  public String validityReference() {
    return validityReference;
  }
}
