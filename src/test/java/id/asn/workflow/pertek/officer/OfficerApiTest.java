package id.asn.workflow.pertek.officer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.support.AppTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Administrators record Tim Pemroses positions and signers' decrees; the Kanreg's tasks rely on them. */
@AppTest
class OfficerApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired OfficerService officers;
  @Autowired Clock clock;

  private String newUser(String id, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName("Petugas");
      user.setLastName(id);
      user.setPassword("rahasia");
      identity.saveUser(user);
      identity.createMembership(id, group);
    }
    return id;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta")));
  }

  private ResponseEntity<Map> put(String user, String path, Map<String, Object> body) {
    return rest.withBasicAuth(user, "rahasia").exchange(path, HttpMethod.PUT, new HttpEntity<>(body), Map.class);
  }

  private ResponseEntity<Map> post(String user, String path, Map<String, Object> body) {
    return rest.withBasicAuth(user, "rahasia").postForEntity(path, body, Map.class);
  }

  @Test
  void anAdministratorRecordsAMembersPositionFromThePosList() {
    String user = newUser("pemrosesbaru1", "timPemroses");
    assertThatThrownBy(() -> officers.requireMember(user)).isInstanceOfSatisfying(InvalidCompletionException.class,
        e -> assertThat(e.field()).isEqualTo("pemroses")).hasMessageContaining("belum tercatat sebagai anggota Tim Pemroses");

    ResponseEntity<Map> saved = put("admin", "/api/admin/tim-pemroses/" + user,
        Map.of("nip", "198801012012121001", "jabatan", "AHLI_MUDA"));
    assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(officers.requireMember(user).position())
        .isEqualTo("Analis Kepegawaian Muda/Analis SDM Aparatur Ahli Muda");

    put("admin", "/api/admin/tim-pemroses/" + user, Map.of("nip", "198801012012121001", "jabatan",
        "JABATAN_PELAKSANA", "namaJabatan", "Pengolah Data Kepegawaian"));
    assertThat(officers.requireMember(user).position()).isEqualTo("Pengolah Data Kepegawaian (Jabatan Pelaksana)");
    List<Map<String, Object>> listed = rest.withBasicAuth("pengawas1", "rahasia")
        .getForObject("/api/admin/tim-pemroses", List.class);
    assertThat(listed).anySatisfy(m -> assertThat(m).containsEntry("userId", user));
  }

  @Test
  void aBadMemberRecordNamesEveryFieldAndOnlyAnAdministratorMayWrite() {
    String user = newUser("pemrosesbaru2", "timPemroses");
    ResponseEntity<Map> bad = put("admin", "/api/admin/tim-pemroses/" + user,
        Map.of("nip", "1988", "jabatan", "JABATAN_PELAKSANA"));
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().toString()).contains("nip").contains("namaJabatan");
    assertThat(put("admin", "/api/admin/tim-pemroses/" + user, Map.of("nip", "198801012012121001", "jabatan",
        "KEPALA")).getBody().toString()).contains("jabatan").contains("AHLI_PERTAMA");
    // 18 digits are not enough: the NIP's birth date (digits 1-8) must exist
    assertThat(put("admin", "/api/admin/tim-pemroses/" + user, Map.of("nip", "198813012012121001", "jabatan",
        "TERAMPIL")).getBody().toString()).contains("nip").contains("tanggal lahir (digit 1-8) 19881301");
    assertThat(put("admin", "/api/admin/tim-pemroses/operatorbatang", Map.of("nip", "198801012012121001",
        "jabatan", "TERAMPIL")).getBody().toString()).contains("bukan anggota kelompok timPemroses");
    assertThat(put("pemroses1", "/api/admin/tim-pemroses/" + user, Map.of("nip", "198801012012121001",
        "jabatan", "TERAMPIL")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void aSignerActsOnlyUnderADecreeThatHoldsToday() {
    String user = newUser("penandatanganbaru1", "pejabatPenandatanganan");
    assertThatThrownBy(() -> officers.requireSigner(user)).isInstanceOfSatisfying(InvalidCompletionException.class,
        e -> assertThat(e.field()).isEqualTo("penandatangan")).hasMessageContaining("tidak memiliki Keputusan Kepala BKN");

    LocalDate today = today();
    Map<String, Object> expired = new HashMap<>(Map.of("nip", "197001011995031009", "jabatan", "Kepala Kantor Regional",
        "nomor", "7/KEP/LAMA", "tanggal", today.minusYears(2).toString(), "berlakuSampai", today.minusDays(1).toString()));
    assertThat(post("admin", "/api/admin/penandatangan/" + user + "/keputusan", expired).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThatThrownBy(() -> officers.requireSigner(user)).hasMessageContaining("berlaku pada " + today);

    Map<String, Object> current = Map.of("nip", "197001011995031009", "jabatan", "Kepala Kantor Regional",
        "nomor", "8/KEP/BARU", "tanggal", today.minusDays(3).toString());
    assertThat(post("admin", "/api/admin/penandatangan/" + user + "/keputusan", current).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    SignerDecree decree = officers.requireSigner(user);
    assertThat(decree.nomor()).isEqualTo("8/KEP/BARU");
    assertThat(decree.berlakuMulai()).as("from its date when no start is given").isEqualTo(today.minusDays(3));
    assertThat(decree.nama()).isEqualTo("Petugas " + user);
    assertThat(post("admin", "/api/admin/penandatangan/" + user + "/keputusan", current).getStatusCode())
        .as("the same number twice").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void aBadDecreeIsRefusedNamingTheField() {
    String user = newUser("penandatanganbaru2", "pejabatPenandatanganan");
    LocalDate today = today();
    ResponseEntity<Map> future = post("admin", "/api/admin/penandatangan/" + user + "/keputusan", Map.of("nip",
        "197001011995031009", "jabatan", "Kepala", "nomor", "9/KEP", "tanggal", today.plusDays(1).toString()));
    assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(future.getBody().toString()).contains("tanggal").contains("sesudah hari ini");
    ResponseEntity<Map> backwards = post("admin", "/api/admin/penandatangan/" + user + "/keputusan", Map.of("nip",
        "197001011995031009", "jabatan", "Kepala", "nomor", "9/KEP", "tanggal", "2024-01-02", "berlakuMulai",
        "2024-01-02", "berlakuSampai", "2023-12-31"));
    assertThat(backwards.getBody().toString()).contains("berlakuSampai");
    ResponseEntity<Map> empty = post("admin", "/api/admin/penandatangan/" + user + "/keputusan", Map.of());
    assertThat(empty.getBody().toString()).contains("nip").contains("jabatan").contains("nomor").contains("tanggal");
  }

  @Test
  void aDecreeHoldsFromItsStartToItsLastDayInclusive() {
    SignerDecree decree = new SignerDecree("u", "N", "197001011995031009", "Kepala", "1/KEP", LocalDate.of(2025, 1, 2),
        LocalDate.of(2025, 1, 6), LocalDate.of(2025, 12, 31));
    assertThat(decree.holdsOn(LocalDate.of(2025, 1, 5))).isFalse();
    assertThat(decree.holdsOn(LocalDate.of(2025, 1, 6))).isTrue();
    assertThat(decree.holdsOn(LocalDate.of(2025, 12, 31))).isTrue();
    assertThat(decree.holdsOn(LocalDate.of(2026, 1, 1))).isFalse();
  }
}
