package id.asn.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may do what in the engine, as data: each group reaches its own tasks (the engine grants
 * TASK_WORK to candidate groups as tasks are created), the applications it works in and the
 * processes meant for it. Resource and permission names are Camunda's, mapped in the engine package.
 */
public final class AccessPolicy {

  public static final String ANY = "*";

  public static final String PERTEK_NI_CASN = "pertekNiCasn";
  public static final String PENGADAAN_PNS = "pengadaanPns";
  public static final String PENGADAAN_PPPK = "pengadaanPppk";
  public static final String PENGANGKATAN_CPNS = "pengangkatanCpns";
  public static final String PENGANGKATAN_PPPK = "pengangkatanPppk";
  public static final String PENYUSUNAN_KEBUTUHAN_ASN = "penyusunanKebutuhanAsn";

  private AccessPolicy() {}

  public record Grant(String groupId, String resource, String resourceId, Set<String> permissions) {}

  /** The grants of the fixed groups (docs/groups.md). */
  public static List<Grant> fixedGroupGrants() {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(Groups.ADMIN, "APPLICATION", ANY, Set.of("ALL")));
    for (String resource : List.of("AUTHORIZATION", "BATCH", "DECISION_DEFINITION", "DECISION_REQUIREMENTS_DEFINITION",
        "DEPLOYMENT", "FILTER", "GROUP", "GROUP_MEMBERSHIP", "HISTORIC_PROCESS_INSTANCE", "HISTORIC_TASK",
        "OPERATION_LOG_CATEGORY", "PROCESS_DEFINITION", "PROCESS_INSTANCE", "REPORT", "SYSTEM", "TASK",
        "TENANT", "TENANT_MEMBERSHIP", "USER", "DASHBOARD")) {
      grants.add(new Grant(Groups.ADMIN, resource, ANY, Set.of("ALL")));
    }

    workOn(grants, Groups.TIM_PEMROSES, PERTEK_NI_CASN);
    workOn(grants, Groups.PEJABAT_PENANDATANGANAN, PERTEK_NI_CASN);

    // supervisors watch the Kanreg service in Cockpit, read-only
    grants.add(new Grant(Groups.PENGAWAS_KANREG, "APPLICATION", "cockpit", Set.of("ACCESS")));
    grants.add(new Grant(Groups.PENGAWAS_KANREG, "APPLICATION", "tasklist", Set.of("ACCESS")));
    grants.add(new Grant(Groups.PENGAWAS_KANREG, "PROCESS_DEFINITION", PERTEK_NI_CASN,
        Set.of("READ", "READ_INSTANCE", "READ_HISTORY", "READ_TASK")));
    grants.add(new Grant(Groups.PENGAWAS_KANREG, "PROCESS_INSTANCE", ANY, Set.of("READ")));
    grants.add(new Grant(Groups.PENGAWAS_KANREG, "DEPLOYMENT", ANY, Set.of("READ")));
    grants.add(new Grant(Groups.PENGAWAS_KANREG, "DECISION_DEFINITION", ANY, Set.of("READ")));

    // recruitment periods and appointments start through /api/seleksi and /api/pengangkatan/{periode}/mulai,
    // which create their records first; an instance started through the engine would have none
    workOn(grants, Groups.PANITIA_SELEKSI, PENGADAAN_PNS);
    workOn(grants, Groups.PANITIA_SELEKSI, PENGADAAN_PPPK);
    workOn(grants, Groups.PPK, PENGANGKATAN_CPNS);
    workOn(grants, Groups.PPK, PENGANGKATAN_PPPK);
    workOn(grants, Groups.PPK, PENGADAAN_PNS);
    workOn(grants, Groups.PPK, PENGADAAN_PPPK);
    workOn(grants, Groups.BKN_ANALIS, PENYUSUNAN_KEBUTUHAN_ASN);
    return grants;
  }

  /**
   * The grants of one instansi's operators: Tasklist and the tasks of their own workforce-needs planning and of
   * their candidates' appointments (the candidate group of each task is the instansi's). A planning starts through
   * POST /api/kebutuhan/{tahun} and an appointment through POST /api/pengangkatan/{periode}/mulai, which check the
   * instansi, never through the engine, so no CREATE_INSTANCE here.
   */
  public static List<Grant> instansiGrants(String groupId) {
    List<Grant> grants = new ArrayList<>();
    grants.add(new Grant(groupId, "APPLICATION", "tasklist", Set.of("ACCESS")));
    grants.add(new Grant(groupId, "PROCESS_DEFINITION", PENYUSUNAN_KEBUTUHAN_ASN, Set.of("READ")));
    grants.add(new Grant(groupId, "PROCESS_DEFINITION", PENGANGKATAN_CPNS, Set.of("READ")));
    grants.add(new Grant(groupId, "PROCESS_DEFINITION", PENGANGKATAN_PPPK, Set.of("READ")));
    return grants;
  }

  /**
   * What an instansi group may no longer do: an earlier policy let operators start their planning through the
   * engine; databases provisioned then still carry it.
   */
  public static List<Grant> instansiRevocations(String groupId) {
    return List.of(
        new Grant(groupId, "PROCESS_DEFINITION", PENYUSUNAN_KEBUTUHAN_ASN, Set.of("CREATE_INSTANCE")),
        new Grant(groupId, "PROCESS_INSTANCE", ANY, Set.of("CREATE")));
  }

  private static void workOn(List<Grant> grants, String groupId, String processKey) {
    grants.add(new Grant(groupId, "APPLICATION", "tasklist", Set.of("ACCESS")));
    grants.add(new Grant(groupId, "PROCESS_DEFINITION", processKey, Set.of("READ")));
  }
}
