package id.asn.workflow.appointment;

/** Where a candidate's appointment stands; the stage decides what an early end means (VI.A.6.g-h, VII.B). */
enum AppointmentStatus {
  /** Called up; documents due (VI.A.1). */
  PANGGILAN,
  /** Documents handed in; the instansi's staff check them (VI.A.3). */
  PEMERIKSAAN,
  /** Asked to complete missing documents by a deadline (VI.A.3.c.2). */
  MELENGKAPI,
  /** PPPK: documents complete; the PPK sets the decree as calon PPPK that the usul NI carries (II VI.3.e, VI.4.b.2). */
  SK_CALON_PPPK,
  /**
   * Documents valid (PPPK: the decree as calon PPPK set): waits for the PPK's covering letter and nominative list that
   * propose the candidates of the period together (VI.A.4.a; II VI.4.a).
   */
  USUL_KOLEKTIF,
  /** NIP (or NI PPPK) proposed to the Kanreg (VI.A.4-5; II VI.4-5). */
  USUL_NIP,
  /** The Kanreg found the file incomplete (BTS): the instansi corrects and resends. */
  PERBAIKAN_USUL,
  /** NIP or NI PPPK issued; the PPK's decree (PPPK: and the work agreement) is due within 30 working days (VI.A.6.c; II VII.A.1). */
  NIP_TERBIT,
  /** CPNS decree set; probation runs from TMT CPNS (VI.A.6, VI.B). */
  CPNS,
  /**
   * The PNS decree is set; the CPNS becomes PNS by taking the oath (VII.A, VII.C) and, refusing it, is dismissed with
   * honour instead (VII.B.2.g, VII.B.3.f).
   */
  SK_PNS,
  /** PPPK: work agreement signed and appointment decree set (II VII.A); sent to BKN, oath only for JPT (VII.B). */
  PPPK,
  /** Done: the CPNS took the oath and is PNS; the PPPK's agreement and decree went to BKN (and a JPT took the oath of office). */
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
  DIBERHENTIKAN,
  /** PPPK: the Kanreg found the usul incomplete and it was not completed within 25 working days: no NI (II VI.6.c-d). */
  TANPA_NOMOR_INDUK;

  /** Whether a NIP exists that a later end must deal with. */
  public boolean hasNip() {
    return this == NIP_TERBIT || this == CPNS || this == SK_PNS || this == PPPK || this == SELESAI;
  }

  /** Appointed: a departure is no longer a matter of the appointment. */
  public boolean isAppointed() {
    return this == PPPK || isFinished();
  }

  public boolean isFinished() {
    return ordinal() >= SELESAI.ordinal();
  }
}
