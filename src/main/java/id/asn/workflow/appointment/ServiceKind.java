package id.asn.workflow.appointment;

/**
 * The kinds of service before appointment that count towards a CPNS's base salary (Perbup Batang 6/2023
 * Lampiran I VI.A.11.b). The first four count in full (VI.A.11.c); employment with a private legal entity counts
 * half, only where it reaches one year, and at most 8 years (VI.A.11.b.5 and d).
 */
enum ServiceKind {
  PEJABAT_NEGARA("Pejabat Negara, Komisioner atau anggota Lembaga Nonstruktural", "VI.A.11.b.1", true),
  TUGAS_PEMERINTAHAN("Tugas pemerintahan: local staff Perwakilan RI di luar negeri, perangkat desa, pegawai tidak tetap",
      "VI.A.11.b.2", true),
  BADAN_INTERNASIONAL("Pegawai/karyawan Badan Internasional", "VI.A.11.b.3", true),
  BUMN_BUMD("Pegawai/karyawan perusahaan milik pemerintah (BUMN, BUMD)", "VI.A.11.b.4", true),
  SWASTA_BERBADAN_HUKUM("Pegawai/karyawan perusahaan yang berbadan hukum", "VI.A.11.b.5", false);

  private final String label;
  private final String reference;
  private final boolean fullCredit;

  ServiceKind(String label, String reference, boolean fullCredit) {
    this.label = label;
    this.reference = reference;
    this.fullCredit = fullCredit;
  }

  public String label() {
    return label;
  }

  /** Where Lampiran I names this kind of service. */
  public String reference() {
    return reference;
  }

  /** Counted in full (VI.A.11.c); otherwise half, from one year, at most 8 years (VI.A.11.b.5, d). */
  public boolean fullCredit() {
    return fullCredit;
  }
}
