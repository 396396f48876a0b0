package id.asn.workflow.appointment;

/** What the appointment tells its process; implemented in the engine package, the only one that talks to the engine. */
public interface AppointmentWorkflow {

  /**
   * Starts the instance of a new appointment (business key = appointment id): pengangkatanCpns for PNS,
   * pengangkatanPppk for PPPK.
   */
  void start(Pengangkatan appointment);

  /** The candidate handed in (or completed) the documents: the completeness check starts. */
  void documentsHandedIn(String appointmentId);

  /** More working days for distance were granted: the documents' deadline moves. */
  void deadlineExtended(String appointmentId);

  /** The candidate left (resignation, deemed resignation, death or a VII.B ground) with this consequence. */
  void candidateLeft(String appointmentId, CandidateExit.Consequence consequence);
}
