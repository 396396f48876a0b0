package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static id.asn.workflow.recruitment.PengadaanProcess.STEP_SERAHKAN_KANDIDAT;
import static id.asn.workflow.recruitment.PengadaanProcess.TASK_LAPORAN_PENGADAAN;
import static id.asn.workflow.recruitment.PengadaanProcess.TASK_BENTUK_PANITIA;
import static id.asn.workflow.recruitment.PengadaanProcess.TASK_SELEKSI_ADMINISTRASI;
import static id.asn.workflow.recruitment.PengadaanProcess.TASK_TERBITKAN_PENGUMUMAN;
import static id.asn.workflow.recruitment.PengadaanProcess.TASK_TETAPKAN_JADWAL;
import static id.asn.workflow.recruitment.PengadaanProcess.TIMER_PELAMARAN_DITUTUP;
import static id.asn.workflow.recruitment.PengadaanProcess.TIMER_PENGUMUMAN_BERAKHIR;
import static id.asn.workflow.recruitment.PengadaanPppkProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.asn.workflow.appointment.AppointmentService;
import id.asn.workflow.recruitment.PppkRankingTestData;
import id.asn.workflow.support.AppTest;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Walks pengadaanPppk: the stages it shares with pengadaanPns (committee, schedule, vacancy announcement and its
 * 15-day timer, application window, administrative selection), then the competence test announced 7 days ahead,
 * the PPK's result of competence and interview, the announcement, and the hand-off of each passing candidate with
 * the kind PPPK.
 */
@AppTest
class PengadaanPppkProcessTest {

  private static final ZoneId JAKARTA = TestClock.JAKARTA;
  private static final String PPK = "ppkbatang";

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired AppointmentService appointments;

  private Driver driver;
  private String periode;
  private ProcessInstance instance;

  static final class Driver extends ProcessDriver {
    Driver(ProcessEngine engine) {
      super(engine);
    }
  }

  @BeforeEach
  void setUp() {
    driver = new Driver(engine);
    at(2024, 8, 19);
    periode = openPppk(rest, newInstansi("KabProsesPppk"), 2024);
    instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(periode).singleResult();
    assertThat(instance).isWaitingAt(TASK_BENTUK_PANITIA);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  private static void at(int year, int month, int day) {
    TestClock.at(year, month, day);
  }

  private static Date midnight(int year, int month, int day) {
    return TestClock.midnight(year, month, day);
  }

  /** Up to the competence result: the shared stages and the competence announcement done. */
  private void throughCompetenceTest() {
    Map<String, Object> committee = new HashMap<>();
    committee.put("nomorSkPanitia", "800/321/2024");
    committee.put("ketuaPanitia", "Sekretaris Daerah");
    committee.put("ketuaAdalahPyb", true);
    committee.put("wakilKetua", "Kepala BKPSDM");
    committee.put("sekretaris", "Kabid Pengadaan");
    committee.put("timSeleksiAdministrasi", "Ani");
    committee.put("timSkdSkb", "Candra (seleksi kompetensi dan wawancara)");
    committee.put("timPemantauanUjian", "Inspektorat: Dodi");
    committee.put("tugasDitetapkan", true);
    committee.put("saranaDisabilitas", true);
    driver.work(PPK, instance, TASK_BENTUK_PANITIA, committee);
    driver.work(PANITIA, instance, TASK_TETAPKAN_JADWAL, Map.of("pengumumanMulai", "2024-08-19", "pengumumanSelesai",
        "2024-09-02", "batasPelamaran", "2024-09-02", "seleksiAdministrasi", "2024-09-17", "tanggalSkd", "2024-10-07",
        "tanggalSkb", "2024-10-21"));
    imported(rest, periode, "formasi", PppkRankingTestData.FORMASI);
    driver.work(PANITIA, instance, TASK_TERBITKAN_PENGUMUMAN, Map.of("alamatLamaran", "BKPSDM Kabupaten",
        "syaratPelamar", "Lampiran II IV.B", "isiPengumumanLengkap", true));
    assertThat(driver.job(instance, TIMER_PENGUMUMAN_BERAKHIR).getDuedate()).isEqualTo(midnight(2024, 9, 3));
    driver.runJob(instance, TIMER_PENGUMUMAN_BERAKHIR);
    imported(rest, periode, "pelamar", PppkRankingTestData.PELAMAR);
    driver.runJob(instance, TIMER_PELAMARAN_DITUTUP);
    // the shared administrative form states the PPPK age rule, not the PNS one (Lampiran II IV.B.1.a)
    assertThat(engine.getTaskService().getVariable(driver.task(instance, TASK_SELEKSI_ADMINISTRASI).getId(),
        "aturanUsiaPelamar")).isEqualTo("usia paling rendah 20 tahun dan paling tinggi 1 tahun sebelum batas usia "
            + "pensiun jabatan yang dilamar, pada saat melamar");
    at(2024, 9, 17);
    driver.work(PANITIA, instance, TASK_SELEKSI_ADMINISTRASI, Map.of("hasilAdministrasiDitetapkan", true,
        "dataDikirimPanselnas", true));
    assertThat(instance).isWaitingAt(TASK_UMUMKAN_KOMPETENSI);

    at(2024, 10, 1);
    Map<String, Object> kompetensi = new HashMap<>(Map.of("tanggalKompetensi", "2024-10-07",
        "tempatKompetensi", "Gedung Pemuda, 08.00", "kartuDanKtpDiwajibkan", true));
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_UMUMKAN_KOMPETENSI, kompetensi))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tanggalKompetensi")
        .hasMessageContaining("pilih tanggal paling cepat 2024-10-08");
    kompetensi.put("tanggalKompetensi", "2024-10-08");
    driver.work(PANITIA, instance, TASK_UMUMKAN_KOMPETENSI, kompetensi);
    assertThat(driver.job(instance, TIMER_KOMPETENSI_SELESAI).getDuedate()).isEqualTo(midnight(2024, 10, 9));
    driver.runJob(instance, TIMER_KOMPETENSI_SELESAI);
    assertThat(instance).isWaitingAt(TASK_HASIL_KOMPETENSI);
  }

  private List<String> handedOver() {
    return jdbc.queryForList("select nomor_peserta || ':' || jenis from seleksi_serah_pengangkatan where periode_id = ? "
        + "order by kode_formasi, peringkat", String.class, periode);
  }

  @Test
  void aPeriodRunsThroughTheSharedStagesAndThePppkStagesToTheHandOff() {
    throughCompetenceTest();
    at(2024, 10, 10);
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_HASIL_KOMPETENSI, Map.of("hasilKompetensiDitetapkan", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("impor nilai-kompetensi dahulu");
    imported(rest, periode, "nilai-kompetensi", PppkRankingTestData.KOMPETENSI);
    driver.work(PPK, instance, TASK_HASIL_KOMPETENSI, Map.of("hasilKompetensiDitetapkan", true));
    // 2024, rank only: G1 C (556) passes, A and A2 tie across the second vacancy; N1 NB passes
    assertThat(driver.variable(instance, "jumlahLulus")).isEqualTo(2);
    driver.work(PANITIA, instance, TASK_UMUMKAN_HASIL, Map.of("nomorPengumuman", "800/654/2024",
        "hasilAkhirDiumumkan", true));
    // the hand-off is its own asynchronous step: nothing is handed over before its job runs
    assertThat(handedOver()).isEmpty();
    driver.runJob(instance, STEP_SERAHKAN_KANDIDAT);
    assertThat(instance).hasPassedInOrder(TASK_BENTUK_PANITIA, TASK_TETAPKAN_JADWAL, TASK_TERBITKAN_PENGUMUMAN,
        TIMER_PENGUMUMAN_BERAKHIR, TIMER_PELAMARAN_DITUTUP, TASK_SELEKSI_ADMINISTRASI, TASK_UMUMKAN_KOMPETENSI,
        TIMER_KOMPETENSI_SELESAI, TASK_HASIL_KOMPETENSI, TASK_UMUMKAN_HASIL, STEP_SERAHKAN_KANDIDAT)
        .isWaitingAt(TASK_LAPORAN_PENGADAAN);
    assertThat(handedOver()).containsExactly("C:PPPK", "NB:PPPK");
    assertThat(get(rest, PANITIA, "/api/seleksi/" + periode).getBody()).contains("\"jenis\":\"PPPK\"")
        .contains("\"status\":\"SELESAI\"");

    // the report to the Kepala BKN (Lampiran II X.A) once both calon PPPK have their agreement and decree
    appointments.startFromHandOff(periode, periode.substring(0, periode.indexOf("-2024")));
    Map<String, Object> letter = Map.of("nomorSuratLaporan", "800/LAP-PPPK/2024", "tanggalSuratLaporan",
        java.time.LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), TestClock.JAKARTA).toString());
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, letter))
        .hasMessageContaining("2 pengangkatan belum sampai penempatan");
    jdbc.update("update pengangkatan set status = 'PPPK' where periode_id = ?", periode);
    driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, letter);
    assertThat(instance).isEnded().hasPassed(END_SELESAI);
  }

  @Test
  void aCompetenceTestTooSoonAfterTheAdministrativeSelectionIsRefused() {
    throughCompetenceTestUpToItsAnnouncement();
    // 4 October 2024 is fewer than 14 working days after the administrative selection of 17 September
    at(2024, 9, 20);
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_UMUMKAN_KOMPETENSI, Map.of("tanggalKompetensi",
        "2024-10-04", "tempatKompetensi", "Gedung Pemuda", "kartuDanKtpDiwajibkan", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("14 hari kerja setelah seleksi administrasi");
    assertThat(instance).isWaitingAt(TASK_UMUMKAN_KOMPETENSI);
  }

  private void throughCompetenceTestUpToItsAnnouncement() {
    Map<String, Object> committee = new HashMap<>(Map.of("nomorSkPanitia", "800/1/2024", "ketuaPanitia", "Sekda",
        "ketuaAdalahPyb", true, "wakilKetua", "Kepala BKPSDM", "sekretaris", "Kabid", "timSeleksiAdministrasi", "Ani",
        "timSkdSkb", "Candra", "timPemantauanUjian", "Dodi", "tugasDitetapkan", true, "saranaDisabilitas", true));
    driver.work(PPK, instance, TASK_BENTUK_PANITIA, committee);
    driver.work(PANITIA, instance, TASK_TETAPKAN_JADWAL, Map.of("pengumumanMulai", "2024-08-19", "pengumumanSelesai",
        "2024-09-02", "batasPelamaran", "2024-09-02", "seleksiAdministrasi", "2024-09-17", "tanggalSkd", "2024-10-08",
        "tanggalSkb", "2024-10-21"));
    imported(rest, periode, "formasi", PppkRankingTestData.FORMASI);
    driver.work(PANITIA, instance, TASK_TERBITKAN_PENGUMUMAN, Map.of("alamatLamaran", "BKPSDM", "syaratPelamar",
        "Lampiran II IV.B", "isiPengumumanLengkap", true));
    driver.runJob(instance, TIMER_PENGUMUMAN_BERAKHIR);
    imported(rest, periode, "pelamar", PppkRankingTestData.PELAMAR);
    driver.runJob(instance, TIMER_PELAMARAN_DITUTUP);
    at(2024, 9, 17);
    driver.work(PANITIA, instance, TASK_SELEKSI_ADMINISTRASI, Map.of("hasilAdministrasiDitetapkan", true,
        "dataDikirimPanselnas", true));
  }
}
