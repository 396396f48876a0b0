package id.asn.workflow.workforce;

/** The three kinds of ASN position (Peraturan BKN 9/2022 Pasal 1): JPT, JA and JF. */
public enum JenisJabatan {
  JPT("Jabatan Pimpinan Tinggi"),
  JA("Jabatan Administrasi"),
  JF("Jabatan Fungsional");

  private final String label;

  JenisJabatan(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
