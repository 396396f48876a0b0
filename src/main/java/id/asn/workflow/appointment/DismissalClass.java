package id.asn.workflow.appointment;

/** How a CPNS's dismissal is classed (Perbup Batang 6/2023 Lampiran I VII.B.3-5). */
enum DismissalClass {
  DENGAN_HORMAT("Diberhentikan dengan hormat", "VII.B.3"),
  DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI("Diberhentikan dengan hormat tidak atas permintaan sendiri", "VII.B.4"),
  TIDAK_DENGAN_HORMAT("Diberhentikan tidak dengan hormat", "VII.B.5");

  private final String label;
  private final String reference;

  DismissalClass(String label, String reference) {
    this.label = label;
    this.reference = reference;
  }

  public String label() {
    return label;
  }

  public String reference() {
    return reference;
  }
}
