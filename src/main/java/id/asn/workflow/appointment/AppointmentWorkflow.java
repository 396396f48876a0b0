package id.asn.workflow.appointment;

import java.time.LocalDate;

/** What the appointment tells its process; implemented in the engine package, the only one that talks to the engine. */
public interface AppointmentWorkflow {

  /**
   * Starts the instance of a new appointment (business key = appointment id): pengangkatanCpns for PNS,
   * pengangkatanPppk for PPPK.
   */
  void start(Pengangkatan appointment);

  /**
   * Starts the instance of an appointment that replaces one who left: the PPK's decree naming the replacement and its
   * report come first; {@code reportDue} is the report's last day where a limit applies (VI.A.6.g.2), else null.
   */
  void startReplacement(Pengangkatan replacement, LocalDate reportDue);

  /** The candidate handed in (or completed) the documents: the completeness check starts. */
  void documentsHandedIn(String appointmentId);

  /** The PPK's collective proposal lists the candidate: the usul NIP or NI PPPK is sent with it. */
  void collectiveProposalSent(String appointmentId);

  /** More working days for distance were granted: the documents' deadline moves. */
  void deadlineExtended(String appointmentId);

  /** The candidate left (resignation, deemed resignation, death or a VII.B ground) with this consequence. */
  void candidateLeft(String appointmentId, CandidateExit.Consequence consequence);
}
