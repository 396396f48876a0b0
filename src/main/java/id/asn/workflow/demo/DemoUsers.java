package id.asn.workflow.demo;

import id.asn.workflow.identity.Groups;
import id.asn.workflow.identity.PresetUsers;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users (README, docs/groups.md), every password {@link #PASSWORD}, and the instansi they belong to; the engine's
 * provisioner creates them at start-up in the demo profile ({@code app.demo.enabled}, on in application-demo.yml).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "app.demo.enabled", havingValue = "true")
public class DemoUsers implements PresetUsers {

  public static final String PASSWORD = "rahasia";

  public static final List<PresetUser> ALL = List.of(
      user("admin", "Admin", "Sistem", Groups.ADMIN),
      user("pemroses1", "Rina", "Wulandari", Groups.TIM_PEMROSES),
      user("pemroses2", "Agus", "Setiawan", Groups.TIM_PEMROSES),
      user("penandatangan1", "Bambang", "Suryono", Groups.PEJABAT_PENANDATANGANAN),
      user("penandatangan2", "Dewi", "Kartika", Groups.PEJABAT_PENANDATANGANAN),
      user("pengawas1", "Hendra", "Gunawan", Groups.PENGAWAS_KANREG),
      user("operatorbatang", "Sri", "Rahayu", "instansiKabBatang"),
      user("operatorpekalongan", "Yusuf", "Hidayat", "instansiKabPekalongan"),
      user("panitia1", "Nur", "Hasanah", Groups.PANITIA_SELEKSI),
      user("ppkbatang", "Budi", "Santoso", Groups.PPK),
      user("analis1", "Lestari", "Putri", Groups.BKN_ANALIS));

  /** Instansi known to the demo: code → name. */
  public static final List<Instansi> INSTANSI = List.of(
      new Instansi("KabBatang", "Pemerintah Kabupaten Batang"),
      new Instansi("KabPekalongan", "Pemerintah Kabupaten Pekalongan"));

  DemoUsers() {}

  @Override
  public List<PresetUser> users() {
    return ALL;
  }

  @Override
  public List<Instansi> instansi() {
    return INSTANSI;
  }

  private static PresetUser user(String id, String firstName, String lastName, String groupId) {
    return new PresetUser(id, firstName, lastName, PASSWORD, groupId);
  }
}
