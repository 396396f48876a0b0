package id.asn.workflow.recruitment;

import java.util.List;

/**
 * How the appointments of a period's candidates stand, for the procurement report to the Kepala BKN (Lampiran I and
 * II X.A: appointment and placement); implemented by the appointment.
 */
public interface AppointmentOutcomes {

  /** Every appointment started for the period, replacements included. */
  List<Outcome> ofPeriod(String periodeId);

  /**
   * One candidate's appointment: the unit kerja of the formasi, its status, whether the candidate was placed (a
   * CPNS's SPMT issued, a PPPK's agreement and decree set) and whether it still runs short of that.
   */
  record Outcome(String nomorPeserta, String unitKerja, String status, boolean placed, boolean open) {}
}
