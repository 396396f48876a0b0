package id.asn.workflow.pertek;

/** Where a usul NI stands, as docs/api.md names it to the instansi. */
public enum UsulStatus {
  /** Waiting for Tim Pemroses to verify it. */
  VERIFIKASI,
  /** Verified MS; the draft Pertek waits for the signing official. */
  TANDA_TANGAN,
  /** BTS: back with the instansi to correct. */
  PERBAIKAN,
  /** TMS: rejected for good. */
  DITOLAK,
  /** BTS and no correction arrived in time (PPPK). */
  KEDALUWARSA,
  /** BTS and the instansi withdrew the usul instead of correcting it (PNS). */
  DITARIK,
  /** Pertek signed and sent. */
  SELESAI;

  public boolean isFinished() {
    return this == DITOLAK || this == KEDALUWARSA || this == DITARIK || this == SELESAI;
  }
}
