package id.asn.workflow.engine;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static id.asn.workflow.recruitment.PengadaanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.asn.workflow.appointment.AppointmentService;
import id.asn.workflow.recruitment.SeleksiTestClient;
import id.asn.workflow.support.AppTest;
import java.io.IOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Walks pengadaanPns: committee, schedule, vacancy announcement with its 15-day timer, application window,
 * administrative selection with a correction, SKD and SKB announcements 7 days ahead, results, the final
 * announcement on time or after its 30-day timer, and the hand-off of each passing candidate.
 */
@AppTest
class RecruitmentProcessTest {

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
    periode = open(rest, newInstansi("KabProses"), 2024);
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

  private void committee() {
    driver.work(PPK, instance, TASK_BENTUK_PANITIA, committeeValues());
  }

  /** A committee as Lampiran I II.B wants it, as the PPK enters it. */
  static Map<String, Object> committeeValues() {
    Map<String, Object> v = new HashMap<>();
    v.put("nomorSkPanitia", "800/123/2024");
    v.put("ketuaPanitia", "Sekretaris Daerah");
    v.put("ketuaAdalahPyb", true);
    v.put("wakilKetua", "Kepala BKPSDM");
    v.put("sekretaris", "Kabid Pengadaan");
    v.put("timSeleksiAdministrasi", "Ani\nBudi");
    v.put("timSkdSkb", "Candra");
    v.put("timPemantauanUjian", "Inspektorat: Dodi");
    v.put("tugasDitetapkan", true);
    v.put("saranaDisabilitas", true);
    return v;
  }

  private static Map<String, Object> schedule(String administrasi) {
    return Map.of("pengumumanMulai", "2024-08-19", "pengumumanSelesai", "2024-09-02", "batasPelamaran", "2024-09-02",
        "seleksiAdministrasi", administrasi, "tanggalSkd", "2024-10-07", "tanggalSkb", "2024-10-21");
  }

  /** Up to the final announcement: every step before it done, the final result received on 1 November 2024. */
  private void throughFinalResultReceived() {
    committee();
    driver.work(PANITIA, instance, TASK_TETAPKAN_JADWAL, schedule("2024-09-17"));
    imported(rest, periode, "formasi", id.asn.workflow.recruitment.RecruitmentRankingTestData.FORMASI);
    driver.work(PANITIA, instance, TASK_TERBITKAN_PENGUMUMAN, Map.of("alamatLamaran", "BKPSDM Kabupaten, Jl. Veteran 1",
        "syaratPelamar", "Lampiran I IV.B", "isiPengumumanLengkap", true));
    // open 15 calendar days from 19 August: closes at the start of 3 September
    assertThat(driver.job(instance, TIMER_PENGUMUMAN_BERAKHIR).getDuedate()).isEqualTo(midnight(2024, 9, 3));
    driver.runJob(instance, TIMER_PENGUMUMAN_BERAKHIR);
    imported(rest, periode, "pelamar", id.asn.workflow.recruitment.RecruitmentRankingTestData.PELAMAR);
    driver.runJob(instance, TIMER_PELAMARAN_DITUTUP);
    assertThat(instance).isWaitingAt(TASK_SELEKSI_ADMINISTRASI);
    assertThat(engine.getTaskService().getVariables(driver.task(instance, TASK_SELEKSI_ADMINISTRASI).getId()))
        .containsEntry("aturanUsiaPelamar", "usia 18 sampai 35 tahun pada saat melamar (40 untuk jabatan pengecualian)")
        .containsEntry("tenggatDataPanselnas", "14 hari kerja");
    // the task is due when the data must reach the national committee: 14 working days before SKD
    assertThat(driver.task(instance, TASK_SELEKSI_ADMINISTRASI).getDueDate()).as("due by the end of 17 September, 14 working days before SKD").isEqualTo(midnight(2024, 9, 18));

    at(2024, 9, 17);
    Map<String, Object> admin = new HashMap<>(Map.of("hasilAdministrasiDitetapkan", true, "dataDikirimPanselnas", true));
    admin.put("koreksiAdministrasi", "X9;LULUS;tidak ada");
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_SELEKSI_ADMINISTRASI, admin))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("nomor peserta X9 tidak terdaftar");
    admin.put("koreksiAdministrasi", "L;LULUS;ijazah menunjukkan tanggal lahir 1990-09-01 (diverifikasi panitia)");
    driver.work(PANITIA, instance, TASK_SELEKSI_ADMINISTRASI, admin);

    at(2024, 10, 1);
    Map<String, Object> skd = new HashMap<>(Map.of("tanggalSkd", "2024-10-07", "tempatSkd", "Gedung Pemuda, 08.00",
        "kartuDanKtpDiwajibkan", true));
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_UMUMKAN_SKD, skd))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("paling lambat 7 hari kalender")
        .hasMessageContaining("pilih tanggal paling cepat 2024-10-08");
    skd.put("tanggalSkd", "2024-10-08");
    driver.work(PANITIA, instance, TASK_UMUMKAN_SKD, skd);
    assertThat(driver.job(instance, TIMER_SKD_SELESAI).getDuedate()).isEqualTo(midnight(2024, 10, 9));
    driver.runJob(instance, TIMER_SKD_SELESAI);

    at(2024, 10, 10);
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_HASIL_SKD, Map.of("hasilSkdDitetapkan", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("impor nilai-skd dahulu");
    imported(rest, periode, "nilai-skd", id.asn.workflow.recruitment.RecruitmentRankingTestData.SKD);
    driver.work(PANITIA, instance, TASK_HASIL_SKD, Map.of("hasilSkdDitetapkan", true));
    // L (corrected to pass) leads F1 with 550, then A 400, D 390: 3 go on in F1 (B and E now rank 4), 2 in F2
    assertThat(driver.variable(instance, "jumlahLulusSkd")).isEqualTo(5);

    driver.work(PANITIA, instance, TASK_UMUMKAN_SKB, Map.of("tanggalSkb", "2024-10-21", "tempatSkb", "BKPSDM",
        "alatTulis", "pensil 2B", "kartuDanKtpDiwajibkan", true));
    driver.runJob(instance, TIMER_SKB_SELESAI);
    at(2024, 11, 1);
    imported(rest, periode, "nilai-skb", "nomorPeserta,nilaiSkb\nL,90\nA,70\nD,72\nP1,80\nP2,60\n");
    driver.work(PANITIA, instance, TASK_TERIMA_HASIL_AKHIR, Map.of("tanggalDiterima", "2024-11-01"));
    assertThat(instance).isWaitingAt(TASK_UMUMKAN_HASIL_AKHIR);
    // announced within 30 calendar days of receipt: the timer falls at the start of 2 December
    assertThat(driver.job(instance, TIMER_BATAS_HASIL_AKHIR).getDuedate()).isEqualTo(midnight(2024, 12, 2));
  }

  private List<String> handedOver() {
    return jdbc.queryForList("select nomor_peserta from seleksi_serah_pengangkatan where periode_id = ? order by "
        + "kode_formasi, peringkat", String.class, periode);
  }

  @Test
  void aPeriodRunsFromTheCommitteeToTheHandOffOfEachPassingCandidate() {
    throughFinalResultReceived();
    // the announcement's form states the formula the ranking used, from the same record (IntegrationFormula)
    assertThat(engine.getTaskService().getVariable(driver.task(instance, TASK_UMUMKAN_HASIL_AKHIR).getId(),
        "rumusIntegrasi")).isEqualTo("40% SKD (dari 550) + 60% SKB (dari 100)");
    // and the time limit, from processes/tenggat.dmn
    assertThat(engine.getTaskService().getVariable(driver.task(instance, TASK_UMUMKAN_HASIL_AKHIR).getId(),
        "tenggatPengumumanHasilAkhir")).isEqualTo("30 hari kalender");
    driver.work(PPK, instance, TASK_UMUMKAN_HASIL_AKHIR, Map.of("nomorPengumuman", "800/456/2024",
        "hasilAkhirDiumumkan", true));
    assertThat(instance).hasPassedInOrder(TASK_BENTUK_PANITIA, TASK_TETAPKAN_JADWAL, TASK_TERBITKAN_PENGUMUMAN,
        TIMER_PENGUMUMAN_BERAKHIR, TIMER_PELAMARAN_DITUTUP, TASK_SELEKSI_ADMINISTRASI, TASK_UMUMKAN_SKD, TIMER_SKD_SELESAI,
        TASK_HASIL_SKD, TASK_UMUMKAN_SKB, TIMER_SKB_SELESAI, TASK_TERIMA_HASIL_AKHIR, TASK_UMUMKAN_HASIL_AKHIR,
        STEP_SERAHKAN_KANDIDAT).hasNotPassed(STEP_CATAT_KETERLAMBATAN).isWaitingAt(TASK_LAPORAN_PENGADAAN);
    // the selection is over; the report to the Kepala BKN waits for appointment and placement (X.A)
    assertThat(jdbc.queryForObject("select status from seleksi_periode where id = ?", String.class, periode))
        .isEqualTo("SELESAI");
    assertThat(driver.task(instance, TASK_LAPORAN_PENGADAAN).getDueDate()).as("the Perbup sets no limit").isNull();
    // F1: L 550/550*40 + 90*0.6 = 94; F2 (2 vacancies): P1 77.09, P2 400-10=390 -> 28.36 + 36 = 64.36
    assertThat(handedOver()).containsExactly("L", "P1", "P2");
    assertThat(jdbc.queryForObject("select count(*) from seleksi_pengumuman where periode_id = ?", Integer.class, periode))
        .isEqualTo(6);
  }

  @Test
  void theReportToBknGoesOnceEveryCandidateIsPlacedOrGoneAndKeepsWhatWasSent() throws IOException {
    throughFinalResultReceived();
    driver.work(PPK, instance, TASK_UMUMKAN_HASIL_AKHIR, Map.of("nomorPengumuman", "800/456/2024",
        "hasilAkhirDiumumkan", true));
    at(2025, 4, 14);
    Map<String, Object> letter = Map.of("nomorSuratLaporan", "800/LAP/2025", "tanggalSuratLaporan", "2025-04-14");
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, letter))
        .hasMessageContaining("3 peserta lulus belum dimulai pengangkatannya");
    appointments.startFromHandOff(periode, periode.substring(0, periode.lastIndexOf('-')));
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, letter))
        .hasMessageContaining("3 pengangkatan belum sampai penempatan (L PANGGILAN, P1 PANGGILAN, P2 PANGGILAN)");
    // L placed by the SPMT, P1 and P2 ended without an appointment
    jdbc.update("update pengangkatan set status = 'CPNS', tanggal_spmt = DATE '2025-03-03' where periode_id = ? "
        + "and nomor_peserta = 'L'", periode);
    jdbc.update("update pengangkatan set status = 'DIANGGAP_TIDAK_MEMENUHI_SYARAT' where periode_id = ? "
        + "and nomor_peserta in ('P1', 'P2')", periode);
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, Map.of("nomorSuratLaporan",
        "800/LAP/2025", "tanggalSuratLaporan", "2025-04-15"))).hasMessageContaining("tidak boleh sesudah hari ini");
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, Map.of("nomorSuratLaporan",
        "800/LAP/2025", "tanggalSuratLaporan", "2024-10-31"))).hasMessageContaining("sebelum hasil akhir diumumkan");

    driver.work(PPK, instance, TASK_LAPORAN_PENGADAAN, letter);
    assertThat(instance).isEnded().hasPassedInOrder(STEP_SERAHKAN_KANDIDAT, TASK_LAPORAN_PENGADAAN, END_SELESAI);
    byte[] sent = rest.withBasicAuth(PPK, "rahasia").getForObject("/api/seleksi/" + periode
        + "/laporan-pengadaan.pdf", byte[].class);
    try (PDDocument document = Loader.loadPDF(sent)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Surat nomor 800/LAP/2025 tanggal 2025-04-14", "Pelamar terdaftar: ",
          "Pengangkatan dimulai: 3 (termasuk pengganti); ditempatkan: 1; masih berjalan sebelum penempatan: 0",
          "DIANGGAP_TIDAK_MEMENUHI_SYARAT 2");
    }
    // what was sent stays as it was, whatever happens to the appointments afterwards
    jdbc.update("update pengangkatan set status = 'DIBERHENTIKAN' where periode_id = ? and nomor_peserta = 'L'", periode);
    assertThat(rest.withBasicAuth(PPK, "rahasia").getForObject("/api/seleksi/" + periode + "/laporan-pengadaan.pdf",
        byte[].class)).isEqualTo(sent);
    assertThat(jdbc.queryForObject("select count(*) from seleksi_riwayat where periode_id = ? and peristiwa = "
        + "'LAPORAN_PENGADAAN'", Integer.class, periode)).isEqualTo(1);
  }

  @Test
  void aFinalResultNotAnnouncedWithin30DaysIsRecordedAndTheAnnouncementStillHandsOff() {
    throughFinalResultReceived();
    at(2024, 12, 2);
    driver.runJob(instance, TIMER_BATAS_HASIL_AKHIR);
    assertThat(instance).hasPassed(STEP_CATAT_KETERLAMBATAN, END_KETERLAMBATAN).isWaitingAt(TASK_UMUMKAN_HASIL_AKHIR);
    assertThat(jdbc.queryForObject("select count(*) from seleksi_riwayat where periode_id = ? and peristiwa = "
        + "'HASIL_AKHIR_TERLAMBAT'", Integer.class, periode)).isEqualTo(1);
    driver.work(PPK, instance, TASK_UMUMKAN_HASIL_AKHIR, Map.of("nomorPengumuman", "800/999/2024",
        "hasilAkhirDiumumkan", "true"));
    assertThat(instance).hasPassed(STEP_SERAHKAN_KANDIDAT).isWaitingAt(TASK_LAPORAN_PENGADAAN);

    assertThat(handedOver()).containsExactly("L", "P1", "P2");
  }

  @Test
  void aScheduleThatBreaksADeadlineAndAnIncompleteCommitteeAreRefusedWithTheField() {
    assertThatThrownBy(() -> driver.work(PPK, instance, TASK_BENTUK_PANITIA, Map.of("nomorSkPanitia", "1")))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "ketuaPanitia");
    committee();
    // 16 September 2024 (Maulid Nabi) is no working day: 13 September is only 9 working days after 2 September
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_TETAPKAN_JADWAL, schedule("2024-09-13")))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "seleksiAdministrasi")
        .hasMessageContaining("10 hari kerja sebelum seleksi administrasi");
    assertThat(instance).isWaitingAt(TASK_TETAPKAN_JADWAL);
    driver.work(PANITIA, instance, TASK_TETAPKAN_JADWAL, schedule("2024-09-17"));
    assertThat(SeleksiTestClient.get(rest, PANITIA, "/api/seleksi/" + periode).getBody()).contains("\"status\":\"PENGUMUMAN\"");
    assertThatThrownBy(() -> driver.work(PANITIA, instance, TASK_TERBITKAN_PENGUMUMAN, Map.of("alamatLamaran", "x",
        "syaratPelamar", "y", "isiPengumumanLengkap", true)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("impor formasi dahulu");
  }
}
