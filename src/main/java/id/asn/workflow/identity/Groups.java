package id.asn.workflow.identity;

import java.util.List;

/** The fixed groups (docs/groups.md). Ids match Camunda's default id pattern, so no dashes except camunda-admin. */
public final class Groups {

  public static final String TIM_PEMROSES = "timPemroses";
  public static final String PEJABAT_PENANDATANGANAN = "pejabatPenandatanganan";
  public static final String PANITIA_SELEKSI = "panitiaSeleksi";
  public static final String PPK = "ppk";
  public static final String PENGAWAS_KANREG = "pengawasKanreg";
  public static final String BKN_ANALIS = "bknAnalis";
  public static final String ADMIN = "camunda-admin";

  /** Operators of one instansi belong to a group whose id starts with this prefix, e.g. instansiKabBatang. */
  public static final String INSTANSI_PREFIX = "instansi";

  /** Groups the Kantor Regional's staff belong to: they may read every usul. */
  public static final List<String> KANREG = List.of(TIM_PEMROSES, PEJABAT_PENANDATANGANAN, PENGAWAS_KANREG, ADMIN);

  public static final List<GroupDefinition> FIXED = List.of(
      new GroupDefinition(TIM_PEMROSES, "Tim Pemroses", "WORKFLOW"),
      new GroupDefinition(PEJABAT_PENANDATANGANAN, "Pejabat Penandatanganan", "WORKFLOW"),
      new GroupDefinition(PANITIA_SELEKSI, "Panitia Seleksi Instansi", "WORKFLOW"),
      new GroupDefinition(PPK, "Pejabat Pembina Kepegawaian", "WORKFLOW"),
      new GroupDefinition(PENGAWAS_KANREG, "Pengawas Kantor Regional", "WORKFLOW"),
      new GroupDefinition(BKN_ANALIS, "Analis Kebutuhan BKN", "WORKFLOW"),
      new GroupDefinition(ADMIN, "Administrator", "SYSTEM"));

  private Groups() {}

  public static boolean isInstansi(String groupId) {
    return groupId.startsWith(INSTANSI_PREFIX) && groupId.length() > INSTANSI_PREFIX.length();
  }

  /** The instansi code of an operator group: instansiKabBatang → KabBatang. */
  public static String instansiCode(String groupId) {
    if (!isInstansi(groupId)) {
      throw new IllegalArgumentException(groupId + " is not an instansi group");
    }
    return groupId.substring(INSTANSI_PREFIX.length());
  }

  public static String instansiGroup(String instansiCode) {
    return INSTANSI_PREFIX + instansiCode;
  }

  public record GroupDefinition(String id, String name, String type) {}
}
