package id.asn.workflow.numbering;

/** Gender as the candidate data gives it ("L"/"P") and as the numbers encode it. */
enum JenisKelamin {
  L('1', "laki-laki"),
  P('2', "perempuan");

  private final char digit;
  private final String label;

  JenisKelamin(char digit, String label) {
    this.digit = digit;
    this.label = label;
  }

  /** The gender digit of a NIP or NI PPPK (digit 15). */
  public char digit() {
    return digit;
  }

  /** The word a verifier reads, e.g. "perempuan". */
  public String label() {
    return label;
  }

  /** @throws IllegalArgumentException unless the code is exactly "L" or "P" */
  public static JenisKelamin of(String code) {
    if ("L".equals(code)) {
      return L;
    }
    if ("P".equals(code)) {
      return P;
    }
    throw new IllegalArgumentException("jenis kelamin harus L atau P, diterima: " + code);
  }

  static JenisKelamin ofDigit(char digit) {
    for (JenisKelamin g : values()) {
      if (g.digit == digit) {
        return g;
      }
    }
    throw new IllegalArgumentException("kode jenis kelamin harus 1 atau 2, diterima: " + digit);
  }
}
