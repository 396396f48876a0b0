package id.asn.workflow.workforce;

/** The user tasks of penyusunanKebutuhanAsn, each the stage of Peraturan BKN 9/2022 it carries out. */
public enum Stage {
  ANALISIS_JABATAN(PlanningStatus.ANALISIS_JABATAN),
  ANALISIS_BEBAN_KERJA(PlanningStatus.ANALISIS_BEBAN_KERJA),
  PETA_JABATAN(PlanningStatus.PETA_JABATAN),
  USUL_KEBUTUHAN(PlanningStatus.USUL_KEBUTUHAN),
  PENYAMPAIAN(PlanningStatus.PENYAMPAIAN),
  PERBAIKAN(PlanningStatus.PERBAIKAN),
  ANALISIS_KEBUTUHAN(PlanningStatus.ANALISIS_KEBUTUHAN),
  PERTIMBANGAN_TEKNIS(PlanningStatus.PERTIMBANGAN_TEKNIS);

  private final PlanningStatus status;

  Stage(PlanningStatus status) {
    this.status = status;
  }

  public PlanningStatus status() {
    return status;
  }

  public boolean byInstansi() {
    return this != ANALISIS_KEBUTUHAN && this != PERTIMBANGAN_TEKNIS;
  }
}
