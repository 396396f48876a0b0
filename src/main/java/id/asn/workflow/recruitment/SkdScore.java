package id.asn.workflow.recruitment;

/** An applicant's SKD scores as CAT BKN reports them. */
record SkdScore(String nomorPeserta, int twk, int tiu, int tkp) {

  public int total() {
    return twk + tiu + tkp;
  }
}
