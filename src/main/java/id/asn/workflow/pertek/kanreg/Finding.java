package id.asn.workflow.pertek.kanreg;

/** One result of the automatic pre-check, shown to the verifier: never a decision, only what to look at. */
record Finding(String aspek, boolean sesuai, String keterangan) {

  static Finding ok(String aspek, String keterangan) {
    return new Finding(aspek, true, keterangan);
  }

  static Finding attention(String aspek, String keterangan) {
    return new Finding(aspek, false, keterangan);
  }
}
