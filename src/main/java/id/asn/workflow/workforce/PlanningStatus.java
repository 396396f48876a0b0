package id.asn.workflow.workforce;

/**
 * Where a planning stands: the stage whose task is open. The instansi changes its data only in the stages
 * before the proposal goes to the PPK for signature, and again when BKN sends it back.
 */
enum PlanningStatus {
  ANALISIS_JABATAN("Analisis jabatan", true),
  ANALISIS_BEBAN_KERJA("Analisis beban kerja", true),
  PETA_JABATAN("Peta jabatan", true),
  USUL_KEBUTUHAN("Pengusulan kebutuhan", true),
  PENYAMPAIAN("Penyampaian usul", false),
  PERBAIKAN("Perbaikan usul atas pengembalian BKN", true),
  ANALISIS_KEBUTUHAN("Analisis kebutuhan oleh BKN", false),
  PERTIMBANGAN_TEKNIS("Pertimbangan teknis oleh BKN", false),
  SELESAI("Pertimbangan teknis terbit", false);

  private final String label;
  private final boolean dataEditable;

  PlanningStatus(String label, boolean dataEditable) {
    this.label = label;
    this.dataEditable = dataEditable;
  }

  public String label() {
    return label;
  }

  public boolean dataEditable() {
    return dataEditable;
  }
}
