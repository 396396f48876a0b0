package id.asn.workflow.workforce;

import java.util.Arrays;
import java.util.Optional;

/** The user tasks of penyusunanKebutuhanAsn, each the stage of Peraturan BKN 9/2022 it carries out. */
public enum Stage {
  ANALISIS_JABATAN("analisisJabatan", PlanningStatus.ANALISIS_JABATAN),
  ANALISIS_BEBAN_KERJA("analisisBebanKerja", PlanningStatus.ANALISIS_BEBAN_KERJA),
  PETA_JABATAN("petaJabatan", PlanningStatus.PETA_JABATAN),
  USUL_KEBUTUHAN("usulKebutuhan", PlanningStatus.USUL_KEBUTUHAN),
  PENYAMPAIAN("penyampaianUsul", PlanningStatus.PENYAMPAIAN),
  PERBAIKAN("perbaikanUsulKebutuhan", PlanningStatus.PERBAIKAN),
  ANALISIS_KEBUTUHAN("analisisKebutuhan", PlanningStatus.ANALISIS_KEBUTUHAN),
  PERTIMBANGAN_TEKNIS("pertimbanganTeknis", PlanningStatus.PERTIMBANGAN_TEKNIS);

  private final String taskKey;
  private final PlanningStatus status;

  Stage(String taskKey, PlanningStatus status) {
    this.taskKey = taskKey;
    this.status = status;
  }

  /** The id of its user task in penyusunanKebutuhanAsn. */
  public String taskKey() {
    return taskKey;
  }

  public static Optional<Stage> ofTask(String key) {
    return Arrays.stream(values()).filter(s -> s.taskKey.equals(key)).findFirst();
  }

  public PlanningStatus status() {
    return status;
  }

  public boolean byInstansi() {
    return this != ANALISIS_KEBUTUHAN && this != PERTIMBANGAN_TEKNIS;
  }
}
