package id.asn.workflow.numbering;

/** Whether an allocated number still belongs to its holder. */
enum NumberStatus {
  AKTIF,
  /** Cancelled (the candidate resigned or died, or the identity data changed); never given again. */
  BATAL
}
