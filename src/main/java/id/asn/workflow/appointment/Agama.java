package id.asn.workflow.appointment;

/**
 * The religion or belief by which a CPNS swears or pledges (Perbup Batang 6/2023 Lampiran I VII.C.3); the values
 * are those the usul NI records in {@code agama}.
 */
public enum Agama {
  ISLAM, KRISTEN, KATOLIK, HINDU, BUDDHA, KONGHUCU,
  /** Belief in God Almighty other than the religions above (VII.C.11). */
  KEPERCAYAAN
}
