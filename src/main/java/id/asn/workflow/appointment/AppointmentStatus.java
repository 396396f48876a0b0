package id.asn.workflow.appointment;

/** Where a candidate's appointment stands; the stage decides what an early end means (VI.A.6.g-h, VII.B). */
public enum AppointmentStatus {
  /** Called up; documents due (VI.A.1). */
  PANGGILAN,
  /** Documents handed in; the instansi's staff check them (VI.A.3). */
  PEMERIKSAAN,
  /** Asked to complete missing documents by a deadline (VI.A.3.c.2). */
  MELENGKAPI,
  /** NIP proposed to the Kanreg (VI.A.4-5). */
  USUL_NIP,
  /** The Kanreg found the file incomplete (BTS): the instansi corrects and resends. */
  PERBAIKAN_USUL,
  /** NIP issued; the PPK's decree is due within 30 working days (VI.A.6.c). */
  NIP_TERBIT,
  /** CPNS decree set; probation runs from TMT CPNS (VI.A.6, VI.B). */
  CPNS,
  /** Appointed PNS; the oath follows (VII.A, VII.C). */
  PNS,
  /** Oath taken, berita acara made: done. */
  SELESAI,
  /** Documents not complete by the deadline: deemed not to qualify (VI.A.1.e). */
  DIANGGAP_TIDAK_MEMENUHI_SYARAT,
  /** A document not valid: returned, no NIP (VI.A.3.c.3). */
  TIDAK_MEMENUHI_SYARAT,
  /** The Kanreg refused the NIP (TMS) or the usul expired without correction. */
  USUL_DITOLAK,
  /** Resigned, deemed resigned or died before a NIP: the next in rank is called (VI.A.6.g). */
  DIGANTI,
  /** Left after the NIP and before the decree: the NIP is cancelled (VI.A.6.h.1). */
  NIP_DIBATALKAN,
  /** Dismissed as a CPNS (VI.A.6.h.2, VII.B). */
  DIBERHENTIKAN;

  /** Whether a NIP exists that a later end must deal with. */
  public boolean hasNip() {
    return this == NIP_TERBIT || this == CPNS || this == PNS || this == SELESAI;
  }

  public boolean isFinished() {
    return ordinal() >= SELESAI.ordinal();
  }
}
