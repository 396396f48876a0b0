package id.asn.workflow.engine;

import static id.asn.workflow.appointment.PengangkatanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import id.asn.workflow.appointment.AppointmentService;
import id.asn.workflow.pertek.PertekProcess;
import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.pertek.kanreg.NumberCancellationService;
import id.asn.workflow.support.AppTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Walks pengangkatanCpns: call-up with the documents' timer on the working-day calendar (and its extension for
 * distance), the completeness check's three outcomes, the NIP proposal through pertekNiCasn with MS, BTS and TMS,
 * decree, delivery, SPMT, the one-year probation timer, the PNS decree with TMT PNS moved past a holiday, the oath
 * and its berita acara, and a candidate who leaves before the NIP (replaced), after it (NIP cancelled) and after
 * the decree (dismissed).
 */
@AppTest
class PengangkatanCpnsProcessTest {

  private static final ZoneId JAKARTA = TestClock.JAKARTA;
  private static final String OPERATOR = "operatorbatang";
  private static final String PPK = "ppkbatang";
  private static final AtomicInteger YEARS = new AtomicInteger(2100);
  private static final List<String> PERTEK_DOCUMENTS = List.of("PAS_FOTO", "SURAT_LAMARAN", "IJAZAH", "DRH",
      "SURAT_PERNYATAAN", "SKCK", "SURAT_SEHAT", "BEBAS_NAPZA", "PERNYATAAN_PENEMPATAN");

  @Autowired ProcessEngine engine;
  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired AppointmentService appointments;
  @Autowired ServiceTaskDelegate serviceTasks;
  @Autowired UsulRepository usulRepository;

  private PertekDriver pertek;
  private String periode;
  private String first;
  private String reserve;
  private ProcessInstance instance;

  @BeforeEach
  void setUp() {
    pertek = new PertekDriver(engine, rest, usulRepository);
    // Monday 5 May 2025: the documents' 15 working days cross Waisak (12 May) and its cuti bersama (13 May)
    at(2025, 5, 5);
    int tahun = YEARS.incrementAndGet();
    periode = "KabBatang-" + tahun;
    first = PertekFixtures.uniqueNumber();
    reserve = PertekFixtures.uniqueNumber();
    jdbc.update("insert into seleksi_periode (id, instansi, tahun, status, versi_data, dibuat) values (?, 'KabBatang', ?, "
        + "'SELESAI', 1, current_timestamp)", periode, tahun);
    jdbc.update("insert into seleksi_formasi (periode_id, kode_formasi, jabatan, unit_kerja, kualifikasi_pendidikan, "
        + "jumlah, batas_usia) values (?, 'F1', 'Analis Kebijakan Ahli Pertama', 'Bappeda', 'S1', 1, 35)", periode);
    for (String nomor : List.of(first, reserve)) {
      jdbc.update("insert into seleksi_pelamar (periode_id, nomor_peserta, nik, nama, tanggal_lahir, jenis_kelamin, "
          + "pendidikan, kode_formasi, kategori, memenuhi_syarat, tanggal_melamar) values (?, ?, '3325015705980001', ?, "
          + "DATE '1998-05-17', 'P', 'S1', 'F1', 'UMUM', true, DATE '2024-10-01')", periode, nomor,
          nomor.equals(first) ? "Siti Aminah" : "Rina Lestari");
    }
    jdbc.update("insert into seleksi_hasil_akhir (periode_id, nomor_peserta, kode_formasi, total_skd, nilai_skb, "
        + "nilai_akhir, memenuhi_ambang, peringkat, lulus) values (?, ?, 'F1', 450, 80, 80.7, true, 1, true)", periode,
        first);
    jdbc.update("insert into seleksi_hasil_akhir (periode_id, nomor_peserta, kode_formasi, total_skd, nilai_skb, "
        + "nilai_akhir, memenuhi_ambang, peringkat, lulus, alasan) values (?, ?, 'F1', 420, 75, 75.5, true, 2, false,"
        + " 'CADANGAN')", periode, reserve);
    jdbc.update("insert into seleksi_serah_pengangkatan (periode_id, nomor_peserta, kode_formasi, peringkat, nilai_akhir, "
        + "diserahkan) values (?, ?, 'F1', 1, 80.7, current_timestamp)", periode, first);

    List<String> started = appointments.startFromHandOff(periode, "KabBatang");
    assertThat(started).containsExactly(periode + "-" + first);
    instance = instanceOf(started.get(0));
    assertThat(instance).isWaitingAt(STEP_PANGGIL);
    pertek.runJob(instance, STEP_PANGGIL);
    assertThat(instance).isWaitingAt(WAIT_DOKUMEN);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void aPppkPeriodsCandidatesAreAppointedAsCalonPppkNotAsCpns() {
    String pppk = periode + "-PPPK";
    jdbc.update("insert into seleksi_periode (id, instansi, tahun, status, versi_data, dibuat, jenis) values (?,"
        + " 'KabBatang', ?, 'SELESAI', 1, current_timestamp, 'PPPK')", pppk, YEARS.get());
    jdbc.update("insert into seleksi_serah_pengangkatan (periode_id, nomor_peserta, kode_formasi, peringkat, nilai_akhir, "
        + "diserahkan, jenis) values (?, ?, 'F1', 1, 310, current_timestamp, 'PPPK')", pppk, reserve);

    List<String> started = appointments.startFromHandOff(pppk, "KabBatang");
    assertThat(started).containsExactly(pppk + "-" + reserve);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(started.get(0))
        .singleResult().getProcessDefinitionId()).startsWith(PROCESS_PPPK + ":");
    assertThat(instanceOf(started.get(0))).as("no pengangkatanCpns for a PPPK candidate").isNull();
    assertThat(jdbc.queryForObject("select jenis from pengangkatan where id = ?", String.class, started.get(0)))
        .isEqualTo("PPPK");
  }

  // --- helpers --------------------------------------------------------------------------------------------

  private static void at(int year, int month, int day) {
    TestClock.at(year, month, day);
  }

  private static Date midnight(int year, int month, int day) {
    return TestClock.midnight(year, month, day);
  }

  private ProcessInstance instanceOf(String appointmentId) {
    return client().instanceOf(appointmentId);
  }

  private AppointmentTestClient client() {
    return new AppointmentTestClient(engine, rest, jdbc, PROCESS);
  }

  private String id() {
    return instance.getBusinessKey();
  }

  private String status() {
    return column("status");
  }

  private String column(String name) {
    return client().column(id(), name);
  }

  private static byte[] pdf(String note) {
    return AppointmentTestClient.pdf(note);
  }

  private ResponseEntity<Map> handIn(List<String> types) {
    return client().handIn(id(), types);
  }

  private ResponseEntity<Map> post(String path, Map<String, Object> body) {
    return client().post(id(), path, body);
  }

  private static Map<String, Object> allValid() {
    Map<String, Object> v = AppointmentTestClient.allDocumentsValid();
    v.put("tmtCpns", "2025-06-01");
    return v;
  }

  /** Documents handed in and found all valid: the usul is sent and pertekNiCasn waits for Tim Pemroses. */
  private ProcessInstance proposed() {
    assertThat(handIn(PERTEK_DOCUMENTS).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instance).isWaitingAt(TASK_PERIKSA_KELENGKAPAN);
    pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, allValid());
    assertThat(instance).isWaitingAt(EVENT_USUL_KOLEKTIF);
    assertThat(status()).isEqualTo("USUL_KOLEKTIF");
    assertThat(client().sendCollective(periode, "PNS", client().waitingList(periode)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(instance).isWaitingAt(STEP_KIRIM_USUL);
    pertek.runJob(instance, STEP_KIRIM_USUL);
    assertThat(instance).isWaitingAt(EVENT_HASIL_USUL);
    String usulId = (String) pertek.variable(instance, "usulId");
    ProcessInstance usul = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(PertekProcess.PROCESS).processInstanceBusinessKey(usulId).singleResult();
    pertek.runJob(usul, PertekProcess.STEP_PEMERIKSAAN_AWAL);
    return usul;
  }

  /** MS, numbered and signed at the Kanreg; the appointment records the NIP and waits for the PPK's decree. */
  private String nipIssued(ProcessInstance usul) {
    String nip = pertek.approvedStraightThrough(usul, "pemroses1", "penandatangan1");
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_CATAT_NIP);
    assertThat(instance).isWaitingAt(TASK_SK_CPNS);
    return nip;
  }

  private void decree() {
    at(2025, 5, 20);
    Map<String, Object> v = new HashMap<>(Map.of("nomorSkCpns", "800/100/2025", "tanggalSkCpns", "2025-05-20",
        "gajiPokok", 2785700L, "masaKerjaSebelumnya", "SWASTA_BERBADAN_HUKUM;2020-01-01;2021-12-31"));
    pertek.work(PPK, instance, TASK_SK_CPNS, v);
    at(2025, 5, 22);
    pertek.work(OPERATOR, instance, TASK_PENYERAHAN_SK, Map.of("tanggalDiserahkan", "2025-05-22",
        "tanggalTembusanBkn", "2025-05-22"));
    assertThat(instance).isWaitingAt(TASK_SPMT);
  }

  // --- paths ----------------------------------------------------------------------------------------------

  @Test
  @SuppressWarnings("unchecked")
  void onlyTheCandidatesListedInThePpksSignedLetterAreProposedAndTheirUsulKeepIt() {
    at(2025, 5, 8);
    assertThat(handIn(PERTEK_DOCUMENTS).getStatusCode()).isEqualTo(HttpStatus.OK);
    pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, allValid());
    assertThat(instance).isWaitingAt(EVENT_USUL_KOLEKTIF);
    String list = client().waitingList(periode);
    assertThat(list).isEqualTo("\uFEFFnomorPeserta,nama\r\n" + first + ",Siti Aminah\r\n");

    // a PPPK letter, a candidate who is not appointed in this period, a name other than the records': nothing goes
    assertThat(refusals(client().sendCollective(periode, "PPPK", list)))
        .containsExactly("DAFTAR_NOMINATIF: peserta " + first + " diangkat sebagai PNS, surat untuk PPPK");
    assertThat(refusals(client().sendCollective(periode, "PNS", list + reserve + ",Rina Lestari\r\n")))
        .containsExactly("DAFTAR_NOMINATIF: peserta " + reserve + " tidak ada dalam pengangkatan periode "
            + periode);
    assertThat(refusals(client().sendCollective(periode, "PNS", "nomorPeserta,nama\r\n" + first + ",Siti\r\n")))
        .containsExactly("DAFTAR_NOMINATIF: nama 'Siti' tidak sama dengan nama peserta " + first
            + " 'Siti Aminah'");
    assertThat(instance).isWaitingAt(EVENT_USUL_KOLEKTIF);
    assertThat(jdbc.queryForObject("select count(*) from usul_kolektif where nomor_surat = ?", Integer.class,
        "800/" + periode)).isZero();

    ResponseEntity<Map> sent = client().sendCollective(periode, "PNS", list);
    assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<String>) sent.getBody().get("peserta")).containsExactly(first);
    String kolektif = (String) sent.getBody().get("usulKolektif");
    assertThat(column("usul_kolektif_id")).isEqualTo(kolektif);
    assertThat(client().events(id(), "USUL_KOLEKTIF")).isEqualTo(1);
    assertThat(client().waitingList(periode)).isEqualTo("\uFEFFnomorPeserta,nama\r\n");
    // the same letter again finds nobody waiting
    assertThat(refusals(client().sendCollective(periode, "PNS", list)))
        .containsExactly("DAFTAR_NOMINATIF: peserta " + first + " sudah dimasukkan dalam usul kolektif lain");

    pertek.runJob(instance, STEP_KIRIM_USUL);
    String usulId = (String) pertek.variable(instance, "usulId");
    assertThat(jdbc.queryForObject("select usul_id from usul_kolektif_peserta where kolektif_id = ? "
        + "and nomor_peserta = ?", String.class, kolektif, first)).isEqualTo(usulId);
  }

  private static List<String> refusals(ResponseEntity<Map> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    return ((List<Map<String, String>>) response.getBody().get("errors")).stream()
        .map(e -> e.get("field") + ": " + e.get("reason")).toList();
  }

  @Test
  void allValidGoesFromNipToDecreeSpmtProbationPnsAndOath() {
    // 15 working days from 5 May 2025 skip Waisak and its cuti bersama: due 28 May, the timer at the end of that day
    assertThat(pertek.job(instance, TIMER_BATAS_DOKUMEN).getDuedate()).isEqualTo(midnight(2025, 5, 29));
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    String nip = nipIssued(usul);
    assertThat(column("nomor_induk")).isEqualTo(nip);
    // a PNS usul gets a NIP: birth date, TMT CPNS year and month (June 2025), gender, number; not an NI PPPK's 21
    assertThat(nip).hasSize(18).startsWith("19980517" + "202506" + "2");
    // S1 gives III/a from golongan-ruang.dmn; the decree is due 30 working days after 8 May: 30 June
    assertThat(pertek.variable(instance, "golonganRuang")).isEqualTo("III/a");
    assertThat(pertek.task(instance, TASK_SK_CPNS).getDueDate()).isEqualTo(midnight(2025, 7, 1));

    decree();
    // 80 % of the base salary; two years with a private company count half: one year of prior service
    assertThat(column("gaji_cpns")).isEqualTo("2228560");
    assertThat(column("masa_kerja_bulan")).isEqualTo("12");
    assertThat(column("golongan_ruang")).isEqualTo("III/a");
    // SPMT at most one month after TMT CPNS 1 June 2025
    assertThatThrownBy(() -> pertek.work(OPERATOR, instance, TASK_SPMT, Map.of("nomorSpmt", "1", "tanggalSpmt",
        "2025-07-02"))).isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tanggalSpmt")
        .hasMessageContaining("melewati batas 1 bulan");
    pertek.work(OPERATOR, instance, TASK_SPMT, Map.of("nomorSpmt", "SPMT/1/2025", "tanggalSpmt", "2025-06-02"));
    // the payroll officer proposes the pay within 2 months of the SPMT (VI.A.10.d): 2 August; 4 August is late
    assertThat(pertek.task(instance, TASK_USUL_GAJI).getDueDate()).isEqualTo(midnight(2025, 8, 3));
    at(2025, 8, 4);
    assertThatThrownBy(() -> pertek.work(OPERATOR, instance, TASK_USUL_GAJI, Map.of("nomorUsulGaji", "900/1/2025",
        "tanggalUsulGaji", "2025-06-01"))).hasFieldOrPropertyWithValue("detail", "tanggalUsulGaji");
    pertek.work(OPERATOR, instance, TASK_USUL_GAJI, Map.of("nomorUsulGaji", "900/1/2025", "tanggalUsulGaji",
        "2025-08-04"));
    assertThat(column("tanggal_usul_gaji")).isEqualTo("2025-08-04");
    assertThat(jdbc.queryForObject("select keterangan from pengangkatan_riwayat where pengangkatan_id = ? and "
        + "peristiwa = 'USUL_GAJI'", String.class, id())).endsWith("TERLAMBAT, batas 2025-08-02 (VI.A.10.d)");
    assertThat(instance).isWaitingAt(TIMER_MASA_PERCOBAAN);
    assertThat(pertek.job(instance, TIMER_MASA_PERCOBAAN).getDuedate()).isEqualTo(midnight(2026, 6, 1));

    at(2026, 6, 1);
    pertek.runJob(instance, TIMER_MASA_PERCOBAAN);
    pertek.work(OPERATOR, instance, TASK_HASIL_PERCOBAAN, Map.of("hasilLatsar", "LULUS", "hasilKesehatan", "SEHAT"));
    // 1 June 2026 is Hari Lahir Pancasila: TMT PNS moves to Tuesday 2 June
    assertThat(pertek.variable(instance, "tmtPns")).isEqualTo("2026-06-02");
    at(2026, 6, 5);
    pertek.work(PPK, instance, TASK_SK_PNS, Map.of("nomorSkPns", "800/KOLEKTIF/2026", "tanggalSkPns", "2026-06-02"));
    assertThat(column("tmt_pns")).isEqualTo("2026-06-02");

    Map<String, Object> oath = new HashMap<>(Map.ofEntries(Map.entry("bentukSumpah", "SUMPAH"),
        Map.entry("tanggalSumpah", "2026-06-05"), Map.entry("tempatSumpah", "Pendopo Kabupaten Batang"),
        Map.entry("namaInstansi", "Pemerintah Kabupaten Batang"), Map.entry("nomorBeritaAcara", "BA/1/2026"),
        Map.entry("pejabatNama", "Bupati Batang"), Map.entry("pejabatNip", "197001011990031001"),
        Map.entry("pejabatJabatan", "Bupati"), Map.entry("rohaniwan", "K.H. Ahmad"),
        Map.entry("saksi1Nama", "Budi"), Map.entry("saksi1Nip", "198001012005011001"), Map.entry("saksi1Golongan", "II/d"),
        Map.entry("saksi2Nama", "Citra"), Map.entry("saksi2Nip", "198201012006042002"), Map.entry("saksi2Golongan", "III/b")));
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_SUMPAH, oath))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "saksi1Golongan")
        .hasMessageContaining("lebih rendah");
    oath.put("saksi1Golongan", "III/a");
    pertek.work(PPK, instance, TASK_SUMPAH, oath);

    assertThat(instance).isEnded().hasPassedInOrder(STEP_PANGGIL, EVENT_DOKUMEN, TASK_PERIKSA_KELENGKAPAN,
        EVENT_USUL_KOLEKTIF, STEP_KIRIM_USUL, EVENT_HASIL_USUL, STEP_CATAT_NIP, STEP_GOLONGAN_RUANG, TASK_SK_CPNS, TASK_PENYERAHAN_SK,
        TASK_SPMT, TASK_USUL_GAJI, TIMER_MASA_PERCOBAAN, TASK_HASIL_PERCOBAAN, TASK_SK_PNS, TASK_SUMPAH, END_SUMPAH)
        .hasNotPassed(TIMER_BATAS_DOKUMEN, TASK_PERBAIKAN_USUL);
    assertThat(status()).isEqualTo("SELESAI");
    ResponseEntity<byte[]> pdf = rest.withBasicAuth(PPK, "rahasia")
        .getForEntity("/api/pengangkatan/" + id() + "/berita-acara.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    // another instansi's operator does not see the appointment
    assertThat(rest.withBasicAuth("operatorpekalongan", "rahasia").getForEntity("/api/pengangkatan/" + id(),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theUsulCarriesTheSelectionAndTheVerifierSeesItMatchedAgainstTheRecords() {
    at(2025, 5, 8);
    ProcessInstance usul = proposed();
    // read as the form shows it: without Markdown's escapes
    String summary = ((String) pertek.variable(usul, PertekProcess.VAR_RINGKASAN_USUL)).replace("\\", "");
    assertThat(summary).contains("**Periode seleksi:** " + periode, "**Kode formasi:** F1", "**Peringkat:** 1", "**Nilai akhir:** 80.7\n")
        .contains("Sesuai hasil seleksi " + periode + ": formasi F1 (Analis Kebijakan Ahli Pertama), peringkat 1, "
            + "nilai akhir 80.7")
        // born 17 May 1998, applied 1 October 2024: 26 on the day of application (Lampiran I IV.B.1.a)
        .contains("Usia pada hari melamar 2024-10-01: 26 tahun, dalam batas 18-35 tahun.");
  }

  @Test
  void documentsNotCompleteByTheDeadlineDeemTheCandidateNotToQualifyAndCallTheNextInRank() {
    at(2025, 5, 29);
    pertek.runJob(instance, TIMER_BATAS_DOKUMEN);
    assertThat(instance).isWaitingAt(STEP_DIANGGAP_TMS);
    pertek.runJob(instance, STEP_DIANGGAP_TMS);
    assertThat(instance).isEnded().hasPassed(TIMER_BATAS_DOKUMEN, END_DIANGGAP_TMS).hasNotPassed(TASK_PERIKSA_KELENGKAPAN);
    assertThat(status()).isEqualTo("DIANGGAP_TIDAK_MEMENUHI_SYARAT");

    String replacement = periode + "-" + reserve;
    ProcessInstance next = instanceOf(replacement);
    // the PPK names the replacement by decree, reports and announces it before they are called (VI.A.3.e)
    assertThat(next).isNotNull().isWaitingAt(TASK_PENGGANTIAN).hasPassed(GATEWAY_PENGGANTI);
    assertThat(pertek.task(next, TASK_PENGGANTIAN).getDueDate()).as("VI.A.3.e sets no limit").isNull();
    assertThat(jdbc.queryForObject("select pengganti_dari from pengangkatan where id = ?", String.class, replacement))
        .isEqualTo(id());
    pertek.work(PPK, next, TASK_PENGGANTIAN, replacementDecree("2025-05-29", "2025-05-29"));
    assertThat(next).isWaitingAt(STEP_PANGGIL);
  }

  private static Map<String, Object> replacementDecree(String decided, String reported) {
    return Map.of("nomorKeputusanPenggantian", "800/PENGGANTI/2025", "tanggalKeputusanPenggantian", decided,
        "nomorLaporanPenggantian", "800/LAP/2025", "tanggalLaporanPenggantian", reported,
        "pengumumanPenggantian", "Laman bkpsdm.batangkab.go.id dan papan pengumuman",
        "tanggalPenggantianDisampaikan", reported);
  }

  static Map<String, Object> dismissal(String decided, String copied) {
    return Map.of("nomorKeputusanPemberhentian", "800/BERHENTI/2025", "tanggalKeputusanPemberhentian", decided,
        "tanggalTembusanBkn", copied, "tembusanLain", "Inspektur Kabupaten Batang");
  }

  private static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), JAKARTA).toString();
  }

  @Test
  void aReplacementForOneProposedForANipIsReportedWithin20WorkingDaysOfTheDecree() {
    at(2025, 5, 8);
    proposed();
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "MENGUNDURKAN_DIRI", "tanggal", "2025-05-09",
        "bukti", "Surat pengunduran diri tanggal 9 Mei 2025"));
    assertThat(left.getBody()).containsEntry("akibat", "PENGGANTIAN");
    pertek.runJob(instance, STEP_PANGGIL_PENGGANTI);
    ProcessInstance next = instanceOf(periode + "-" + reserve);
    assertThat(next).isWaitingAt(TASK_PENGGANTIAN);
    // 20 working days from 9 May 2025, skipping Waisak and its cuti bersama, Ascension and its cuti bersama, Idul
    // Adha and its cuti bersama: 16 June
    assertThat(pertek.task(next, TASK_PENGGANTIAN).getDueDate()).isEqualTo(midnight(2025, 6, 17));

    at(2025, 6, 20);
    assertThatThrownBy(() -> pertek.work(PPK, next, TASK_PENGGANTIAN, replacementDecree("2025-05-15", "2025-05-14")))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "tanggalLaporanPenggantian");
    // decree 15 May: the report is due 20 working days later, 18 June; sent 19 June
    pertek.work(PPK, next, TASK_PENGGANTIAN, replacementDecree("2025-05-15", "2025-06-19"));
    assertThat(next).isWaitingAt(STEP_PANGGIL);
    assertThat(jdbc.queryForObject("select keterangan from pengangkatan_riwayat where pengangkatan_id = ? and peristiwa = "
        + "'KEPUTUSAN_PENGGANTIAN'", String.class, periode + "-" + reserve))
        .contains("TERLAMBAT, batas 2025-06-18 (VI.A.6.g.2)", "Laman bkpsdm.batangkab.go.id");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theCallUpAnnouncementIsTheNoticeTheDocumentsRunFromAndIsPublishedAsAPdf() throws IOException {
    at(2025, 5, 7);
    Map<String, Object> notice = new HashMap<>(Map.of("nomorPengumuman", "800/PANGGIL/2025", "tanggalPengumuman",
        "2025-05-08", "tanggalKehadiranMulai", "2025-05-08", "tanggalKehadiranSelesai", "2025-06-03",
        "waktuKehadiran", "08.00-15.00 WIB", "tempatKehadiran", "BKPSDM Kabupaten Batang",
        "media", "laman bkpsdm.batangkab.go.id dan papan pengumuman"));
    assertThat(refusals(announce(notice)))
        .containsExactly("tanggalPengumuman: tidak boleh sesudah hari ini (2025-05-07)");
    // nor before the call-up recorded on 5 May, which would put the deadline in the past
    notice.put("tanggalPengumuman", "2025-05-02");
    notice.put("tanggalKehadiranMulai", "2025-05-02");
    notice.put("tanggalKehadiranSelesai", "2025-05-20");
    assertThat(refusals(announce(notice)))
        .containsExactly("tanggalPengumuman: tidak boleh sebelum pemanggilan dicatat (2025-05-05)");
    notice.put("tanggalKehadiranMulai", "2025-05-08");
    // from 7 May the 15 working days skip Waisak, its cuti bersama, Ascension and its cuti bersama: 3 June
    notice.put("tanggalPengumuman", "2025-05-07");
    notice.put("tanggalKehadiranSelesai", "2025-06-04");
    assertThat(refusals(announce(notice))).containsExactly(
        "tanggalKehadiranSelesai: paling lambat 2025-06-03: 15 hari kerja sejak pengumuman (VI.A.1.c)");
    notice.put("tanggalKehadiranSelesai", "2025-06-03");
    ResponseEntity<Map> announced = announce(notice);
    assertThat(announced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat((List<String>) announced.getBody().get("peserta")).containsExactly(id());
    assertThat(column("tanggal_panggilan")).isEqualTo("2025-05-07");
    pertek.runJob(instance, STEP_GESER_BATAS);
    assertThat(pertek.job(instance, TIMER_BATAS_DOKUMEN).getDuedate()).isEqualTo(midnight(2025, 6, 4));
    assertThat(client().events(id(), "PENGUMUMAN_PANGGILAN")).isEqualTo(1);
    // nobody is left to announce
    notice.put("nomorPengumuman", "800/PANGGIL-2/2025");
    assertThat(announce(notice).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    byte[] pdf = rest.withBasicAuth(OPERATOR, "rahasia").getForObject((String) announced.getBody().get("dokumen"),
        byte[].class);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("800/PANGGIL/2025", first,
          "Siti Aminah", "2025-05-08 s.d. 2025-06-03", "BKPSDM Kabupaten Batang", "paling lambat 2025-06-03",
          "Surat Keterangan Catatan Kepolisian");
    }
  }

  private ResponseEntity<Map> announce(Map<String, Object> notice) {
    return rest.withBasicAuth(OPERATOR, "rahasia").postForEntity("/api/pengangkatan/" + periode
        + "/pengumuman-panggilan", notice, Map.class);
  }

  @Test
  void daysGrantedForDistanceMoveTheTimerOnTheCalendarAndAreCappedAtTen() {
    ResponseEntity<Map> tooMany = post("/tambahan-waktu", Map.of("tambahanHariKerja", 11, "alasan", "Pulau terpencil"));
    assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(tooMany.getBody().toString()).contains("tambahanHariKerja");
    assertThat(post("/tambahan-waktu", Map.of("tambahanHariKerja", 5, "alasan", "Kepulauan Karimunjawa"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    pertek.runJob(instance, STEP_GESER_BATAS);
    // 28 May + 5 working days, skipping Ascension's cuti bersama (30 May), Idul Adha (6 June) and its cuti (9 June)
    assertThat(pertek.job(instance, TIMER_BATAS_DOKUMEN).getDuedate()).isEqualTo(midnight(2025, 6, 11));
    assertThat(post("/tambahan-waktu", Map.of("tambahanHariKerja", 6, "alasan", "lagi")).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void missingDocumentsLoopBackWithADeadlineAndAnInvalidOneEndsWithoutNip() {
    handIn(List.of("SURAT_LAMARAN", "IJAZAH"));
    Map<String, Object> v = allValid();
    v.put("statusSKCK", "BELUM_ADA");
    assertThatThrownBy(() -> pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, v))
        .isInstanceOf(FormFieldValidationException.class).hasFieldOrPropertyWithValue("detail", "alasanSKCK");
    v.put("alasanSKCK", "SKCK belum diserahkan");
    v.put("batasKelengkapan", "2025-05-20");
    pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, v);
    assertThat(instance).isWaitingAt(WAIT_DOKUMEN);
    assertThat(status()).isEqualTo("MELENGKAPI");
    assertThat(pertek.job(instance, TIMER_BATAS_DOKUMEN).getDuedate()).isEqualTo(midnight(2025, 5, 21));

    handIn(List.of("SKCK"));
    Map<String, Object> invalid = allValid();
    invalid.put("statusIJAZAH", "TIDAK_SAH");
    invalid.put("alasanIJAZAH", "Legalisir bukan oleh pejabat yang berwenang");
    pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, invalid);
    assertThat(instance).isEnded().hasPassed(END_BERKAS_DIKEMBALIKAN).hasNotPassed(STEP_KIRIM_USUL);
    assertThat(status()).isEqualTo("TIDAK_MEMENUHI_SYARAT");
    assertThat(jdbc.queryForObject("select count(distinct putaran) from pengangkatan_penilaian where pengangkatan_id = ?",
        Integer.class, id())).isEqualTo(2);
  }

  @Test
  void allValidIsRefusedWhileADocumentTheUsulNeedsIsMissing() {
    handIn(List.of("SURAT_LAMARAN", "IJAZAH", "DRH", "SKCK", "SURAT_SEHAT", "BEBAS_NAPZA", "SURAT_PERNYATAAN"));
    assertThatThrownBy(() -> pertek.work(OPERATOR, instance, TASK_PERIKSA_KELENGKAPAN, allValid()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("PAS_FOTO");
    assertThat(instance).isWaitingAt(TASK_PERIKSA_KELENGKAPAN);
  }

  @Test
  void btsFromTheKanregIsCorrectedAndSentAgainThenTheNipComes() {
    ProcessInstance usul = proposed();
    pertek.verify("pemroses1", usul, "BTS", "Ijazah tidak terbaca");
    pertek.runJob(instance, "Gateway_HasilUsul");
    assertThat(instance).isWaitingAt(TASK_PERBAIKAN_USUL);
    assertThat(status()).isEqualTo("PERBAIKAN_USUL");
    assertThat(handIn(List.of("IJAZAH")).getStatusCode()).isEqualTo(HttpStatus.OK);
    pertek.work(OPERATOR, instance, TASK_PERBAIKAN_USUL, Map.of("catatanPerbaikan", "Ijazah dipindai ulang"));
    assertThat(instance).isWaitingAt(EVENT_HASIL_USUL);
    assertThat(usul).isWaitingAt(PertekProcess.STEP_PEMERIKSAAN_AWAL);
    pertek.runJob(usul, PertekProcess.STEP_PEMERIKSAAN_AWAL);
    nipIssued(usul);
    assertThat(instance).hasPassedInOrder(TASK_PERBAIKAN_USUL, EVENT_HASIL_USUL, STEP_CATAT_NIP);
    assertThat(jdbc.queryForObject("select count(*) from usul_ni where nomor_peserta = ?", Integer.class, first))
        .isEqualTo(1);
  }

  @Test
  void aUsulWithdrawnWhileTheInstansiCorrectsItEndsTheCorrectionTask() {
    ProcessInstance usul = proposed();
    pertek.verify("pemroses1", usul, "BTS", "SKCK sudah tidak berlaku");
    pertek.runJob(instance, "Gateway_HasilUsul");
    assertThat(instance).isWaitingAt(TASK_PERBAIKAN_USUL);
    assertThat(usul).as("a PNS correction has no limit (L1 VI.A.5.d.2)").isWaitingAt(PertekProcess.WAIT_PERBAIKAN_PNS);
    assertThat(pertek.withdraw(OPERATOR, usul.getBusinessKey(), "Calon mengundurkan diri").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(usul).isEnded().hasPassed(PertekProcess.END_DITARIK);
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_USUL_DITOLAK);
    assertThat(instance).isEnded().hasPassed(EVENT_HASIL_SAAT_PERBAIKAN, END_USUL_DITOLAK).hasNotPassed(STEP_CATAT_NIP);
    assertThat(column("keterangan")).startsWith("DITARIK: Ditarik instansi: Calon mengundurkan diri");
  }

  @Test
  void tmsFromTheKanregEndsWithTheReason() {
    ProcessInstance usul = proposed();
    pertek.verify("pemroses1", usul, "TMS", "Kualifikasi pendidikan tidak sesuai formasi");
    pertek.runJob(instance, "Gateway_HasilUsul");
    pertek.runJob(instance, STEP_USUL_DITOLAK);
    assertThat(instance).isEnded().hasPassed(END_USUL_DITOLAK).hasNotPassed(STEP_CATAT_NIP);
    assertThat(status()).isEqualTo("USUL_DITOLAK");
    assertThat(column("keterangan")).contains("Kualifikasi pendidikan tidak sesuai formasi");
  }

  @Test
  void aResignationBeforeTheNipCallsTheNextInRankOnce() {
    ResponseEntity<Map> refused = post("/berhenti", Map.of("alasan", "DISIPLIN_BERAT", "tanggal", "2025-05-06",
        "bukti", "x"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().toString()).contains("alasan");
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "MENGUNDURKAN_DIRI", "tanggal", "2025-05-06",
        "bukti", "Surat pengunduran diri tanggal 6 Mei 2025"));
    assertThat(left.getBody()).containsEntry("akibat", "PENGGANTIAN");
    pertek.runJob(instance, STEP_PANGGIL_PENGGANTI);
    assertThat(instance).isEnded().hasPassed(EVENT_KANDIDAT_MUNDUR, END_DIGANTI);
    assertThat(status()).isEqualTo("DIGANTI");

    String replacement = periode + "-" + reserve;
    ProcessInstance next = instanceOf(replacement);
    assertThat(next).isNotNull().isWaitingAt(TASK_PENGGANTIAN);
    assertThat(jdbc.queryForObject("select pengganti_dari from pengangkatan where id = ?", String.class, replacement))
        .isEqualTo(id());
    // a retry of the step calls nobody else and starts nothing twice
    client().runStepAgain(serviceTasks, id(), STEP_PANGGIL_PENGGANTI);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS)
        .processInstanceBusinessKey(replacement).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from pengangkatan where periode_id = ?", Integer.class, periode))
        .isEqualTo(2);
    // and the hand-off starts nobody twice; another instansi's operator cannot start this period
    ResponseEntity<Map> again = rest.withBasicAuth(OPERATOR, "rahasia")
        .postForEntity("/api/pengangkatan/" + periode + "/mulai", null, Map.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<?>) again.getBody().get("dimulai")).isEmpty();
    assertThat(rest.withBasicAuth("operatorpekalongan", "rahasia")
        .postForEntity("/api/pengangkatan/" + periode + "/mulai", null, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aDeathAfterTheNipCancelsIt() {
    at(2025, 5, 8);
    nipIssued(proposed());
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "MENINGGAL_DUNIA", "tanggal", "2025-05-10",
        "bukti", "Akta kematian nomor 3325-KM-10052025-0001"));
    assertThat(left.getBody()).containsEntry("akibat", "PEMBATALAN_NIP");
    pertek.runJob(instance, STEP_BATALKAN_NIP);
    assertThat(instance).isEnded().hasPassed(END_NIP_DIBATALKAN).hasNotPassed(STEP_PANGGIL_PENGGANTI, TASK_PENYERAHAN_SK);
    assertThat(status()).isEqualTo("NIP_DIBATALKAN");
    assertThat(column("nomor_sk_cpns")).isEqualTo("null");
    assertThat(instanceOf(periode + "-" + reserve)).isNull();
    assertCancelledEverywhere(column("usul_id"), column("nomor_induk"));
    // a retried step cancels nothing twice
    client().runStepAgain(serviceTasks, id(), STEP_BATALKAN_NIP);
    assertThat(jdbc.queryForObject("select count(*) from usul_riwayat where usul_id = ? and jenis = ?",
        Integer.class, column("usul_id"), NumberCancellationService.NOMOR_INDUK_DIBATALKAN)).isEqualTo(1);
  }

  /** The register, the Pertek, the verification API and the public page all say the number is cancelled. */
  private void assertCancelledEverywhere(String usulId, String nip) {
    Map<String, Object> register = jdbc.queryForMap("select status, alasan_batal, dibatalkan from nomor_induk "
        + "where nomor = ?", nip);
    assertThat(register.get("status")).isEqualTo("BATAL");
    assertThat((String) register.get("alasan_batal")).startsWith("Meninggal dunia setelah NIP ditetapkan");
    assertThat(register.get("dibatalkan")).isNotNull();
    Map<String, Object> pertekRow = jdbc.queryForMap("select dicabut, kode_verifikasi from pertek where usul_id = ?",
        usulId);
    assertThat(pertekRow.get("dicabut")).isNotNull();

    byte[] signed = rest.withBasicAuth(OPERATOR, "rahasia").getForObject("/api/pertek/" + usulId + ".pdf",
        byte[].class);
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("file", PertekFixtures.file("pertek.pdf", signed));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    Map<?, ?> verified = rest.postForObject("/api/pertek/verifikasi", new HttpEntity<>(parts, headers), Map.class);
    assertThat(verified.get("valid")).isEqualTo(true);
    assertThat(verified.get("dicabut")).isEqualTo(true);
    assertThat((String) verified.get("pesan")).contains("DICABUT");
    assertThat((String) verified.get("alasanPencabutan")).startsWith("Meninggal dunia");
    String page = rest.getForObject("/verifikasi/" + pertekRow.get("kode_verifikasi"), String.class);
    assertThat(page).contains("<strong>DICABUT</strong>").contains("Meninggal dunia setelah NIP ditetapkan");
  }

  @Test
  void aResignationAfterTheDecreeIsADismissalThatBarsNextYearsSelection() {
    at(2025, 5, 8);
    nipIssued(proposed());
    decree();
    ResponseEntity<Map> deemed = post("/berhenti", Map.of("alasan", "DIANGGAP_MENGUNDURKAN_DIRI", "tanggal", "2025-06-10",
        "bukti", "Tidak hadir"));
    assertThat(deemed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "MENGUNDURKAN_DIRI", "tanggal", "2025-06-10",
        "bukti", "Surat permohonan berhenti tanggal 10 Juni 2025"));
    assertThat(left.getBody()).containsEntry("akibat", "PEMBERHENTIAN").containsEntry("kelas", "DENGAN_HORMAT");
    pertek.runJob(instance, STEP_BERHENTIKAN);
    // the PPK's dismissal decree and its copy to BKN (VI.A.6.g.4): not before the CPNS decree of 20 May
    assertThat(instance).isWaitingAt(TASK_PEMBERHENTIAN);
    at(2025, 6, 12);
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_PEMBERHENTIAN, dismissal("2025-05-19", "2025-06-12")))
        .hasFieldOrPropertyWithValue("detail", "tanggalKeputusanPemberhentian");
    assertThatThrownBy(() -> pertek.work(PPK, instance, TASK_PEMBERHENTIAN, dismissal("2025-06-11", "2025-06-10")))
        .hasFieldOrPropertyWithValue("detail", "tanggalTembusanBkn");
    pertek.work(PPK, instance, TASK_PEMBERHENTIAN, dismissal("2025-06-11", "2025-06-12"));
    assertThat(instance).isEnded().hasPassedInOrder(STEP_BERHENTIKAN, TASK_PEMBERHENTIAN, END_DIBERHENTIKAN);
    assertThat(status()).isEqualTo("DIBERHENTIKAN");
    assertThat(column("kelas_pemberhentian")).isEqualTo("DENGAN_HORMAT");
    assertThat(column("tahun_dilarang_melamar")).isEqualTo("2026");
    assertThat(column("tahun_dilarang_melamar_sampai")).isEqualTo("2026");
    assertThat(column("nomor_keputusan_pemberhentian")).isEqualTo("800/BERHENTI/2025");
    assertThat(column("tanggal_tembusan_pemberhentian")).isEqualTo("2025-06-12");
  }

  @Test
  void failingTheTrainingDismissesWithHonour() {
    at(2025, 5, 8);
    nipIssued(proposed());
    decree();
    pertek.work(OPERATOR, instance, TASK_SPMT, Map.of("nomorSpmt", "SPMT/2/2025", "tanggalSpmt", "2025-06-02"));
    payProposed();
    pertek.runJob(instance, TIMER_MASA_PERCOBAAN);
    pertek.work(OPERATOR, instance, TASK_HASIL_PERCOBAAN, Map.of("hasilLatsar", "TIDAK_LULUS", "hasilKesehatan", "SEHAT"));
    pertek.runJob(instance, STEP_BERHENTIKAN_TIDAK_LULUS);
    assertThat(instance).isEnded().hasPassed(END_TIDAK_LULUS).hasNotPassed(TASK_SK_PNS);
    assertThat(column("alasan_berhenti")).isEqualTo("TIDAK_LULUS_DIKLAT");
    assertThat(column("kelas_pemberhentian")).isEqualTo("DENGAN_HORMAT");
  }

  private void payProposed() {
    at(2025, 6, 10);
    pertek.work(OPERATOR, instance, TASK_USUL_GAJI, Map.of("nomorUsulGaji", "900/2/2025", "tanggalUsulGaji",
        "2025-06-10"));
  }

  private void pnsDecree() {
    at(2025, 5, 8);
    nipIssued(proposed());
    decree();
    pertek.work(OPERATOR, instance, TASK_SPMT, Map.of("nomorSpmt", "SPMT/3/2025", "tanggalSpmt", "2025-06-02"));
    payProposed();
    at(2026, 6, 1);
    pertek.runJob(instance, TIMER_MASA_PERCOBAAN);
    pertek.work(OPERATOR, instance, TASK_HASIL_PERCOBAAN, Map.of("hasilLatsar", "LULUS", "hasilKesehatan", "SEHAT"));
    at(2026, 6, 5);
    pertek.work(PPK, instance, TASK_SK_PNS, Map.of("nomorSkPns", "800/KOLEKTIF/2026", "tanggalSkPns", "2026-06-02"));
    assertThat(instance).isWaitingAt(TASK_SUMPAH);
    assertThat(status()).isEqualTo("SK_PNS");
  }

  @Test
  void aCpnsWhoWillNotTakeTheOathIsDismissedWithHonourNotAppointed() {
    pnsDecree();
    pertek.work(PPK, instance, TASK_SUMPAH, Map.of("kesediaan", "TIDAK_BERSEDIA", "tanggalSumpah", "2026-06-05",
        "keteranganPenolakan", "Pernyataan tidak bersedia bersumpah tanggal 5 Juni 2026"));
    pertek.runJob(instance, STEP_BERHENTIKAN_TOLAK_SUMPAH);
    assertThat(instance).isEnded().hasPassedInOrder(TASK_SUMPAH, GATEWAY_SUMPAH, STEP_BERHENTIKAN_TOLAK_SUMPAH,
        END_TOLAK_SUMPAH).hasNotPassed(END_SUMPAH);
    assertThat(status()).isEqualTo("DIBERHENTIKAN");
    assertThat(column("alasan_berhenti")).isEqualTo("TIDAK_BERSEDIA_SUMPAH");
    assertThat(column("kelas_pemberhentian")).isEqualTo("DENGAN_HORMAT");
    assertThat(jdbc.queryForObject("select berita_acara_sha256 from pengangkatan where id = ?", String.class, id()))
        .isNull();
  }

  @Test
  void untilTheOathACpnsWithAPnsDecreeMayStillLeaveAndBeDismissed() {
    pnsDecree();
    ResponseEntity<Map> left = post("/berhenti", Map.of("alasan", "TIDAK_BERSEDIA_SUMPAH", "tanggal", "2026-06-05",
        "bukti", "Berita acara penolakan sumpah tanggal 5 Juni 2026"));
    assertThat(left.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(left.getBody()).containsEntry("akibat", "PEMBERHENTIAN").containsEntry("kelas", "DENGAN_HORMAT");
    pertek.runJob(instance, STEP_BERHENTIKAN);
    pertek.work(PPK, instance, TASK_PEMBERHENTIAN, dismissal(today(), today()));
    assertThat(instance).isEnded().hasPassed(END_DIBERHENTIKAN).hasNotPassed(END_SUMPAH);
    assertThat(status()).isEqualTo("DIBERHENTIKAN");
  }
}
