package id.asn.workflow.appointment;

/**
 * Why a candidate leaves the appointment before becoming PNS without a VII.B ground being decided
 * (Perbup Batang 6/2023 Lampiran I VI.A.6.g): the candidate resigns, is deemed to resign, or dies.
 */
enum ExitReason {
  MENGUNDURKAN_DIRI("Mengundurkan diri"),
  DIANGGAP_MENGUNDURKAN_DIRI("Dianggap mengundurkan diri"),
  MENINGGAL_DUNIA("Meninggal dunia");

  private final String label;

  ExitReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
