package id.asn.workflow.appointment;

/** The staff's finding on one document in the completeness check (VI.A.3.b-c). */
enum DocumentStatus {
  /** Handed in and valid. */
  SAH,
  /** Handed in but not valid: the file is returned and no NIP can be proposed (VI.A.3.b, c.3). */
  TIDAK_SAH,
  /** Not handed in yet: the candidate is asked to complete it by a deadline (VI.A.3.c.2). */
  BELUM_ADA
}
