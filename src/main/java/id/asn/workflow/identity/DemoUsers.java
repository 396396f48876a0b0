package id.asn.workflow.identity;

import java.util.List;

/** The demo users of CONTRACT.md; created only in the demo profile. */
public final class DemoUsers {

  public static final String PASSWORD = "rahasia";

  public static final List<DemoUser> ALL = List.of(
      new DemoUser("admin", "Admin", "Sistem", Groups.ADMIN),
      new DemoUser("pemroses1", "Rina", "Wulandari", Groups.TIM_PEMROSES),
      new DemoUser("pemroses2", "Agus", "Setiawan", Groups.TIM_PEMROSES),
      new DemoUser("penandatangan1", "Bambang", "Suryono", Groups.PEJABAT_PENANDATANGANAN),
      new DemoUser("penandatangan2", "Dewi", "Kartika", Groups.PEJABAT_PENANDATANGANAN),
      new DemoUser("pengawas1", "Hendra", "Gunawan", Groups.PENGAWAS_KANREG),
      new DemoUser("operatorbatang", "Sri", "Rahayu", "instansiKabBatang"),
      new DemoUser("operatorpekalongan", "Yusuf", "Hidayat", "instansiKabPekalongan"),
      new DemoUser("panitia1", "Nur", "Hasanah", Groups.PANITIA_SELEKSI),
      new DemoUser("ppkbatang", "Budi", "Santoso", Groups.PPK),
      new DemoUser("analis1", "Lestari", "Putri", Groups.BKN_ANALIS));

  /** Instansi known to the demo: code → name. */
  public static final List<Instansi> INSTANSI = List.of(
      new Instansi("KabBatang", "Pemerintah Kabupaten Batang"),
      new Instansi("KabPekalongan", "Pemerintah Kabupaten Pekalongan"));

  private DemoUsers() {}

  public record DemoUser(String id, String firstName, String lastName, String groupId) {}

  public record Instansi(String code, String name) {}
}
