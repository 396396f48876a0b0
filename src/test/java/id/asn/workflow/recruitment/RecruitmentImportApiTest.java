package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** Imports are all-or-nothing with every bad row reported, idempotent, and the committee's alone. */
@AppTest
class RecruitmentImportApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.RuntimeService runtime;
  @Autowired org.camunda.bpm.engine.TaskService tasks;

  private String periode;

  @BeforeEach
  void setUp() {
    periode = open(rest, newInstansi("KabImpor"), 2024);
    imported(rest, periode, "formasi", RecruitmentRankingTestData.FORMASI);
  }

  @Test
  void anOpenTasksSummaryShowsWhatWasJustImportedNotWhatWasThereWhenItOpened() {
    String before = summaryOfOpenTask();
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);

    assertThat(summaryOfOpenTask()).contains("; pelamar: 14").isNotEqualTo(before);
  }

  private String summaryOfOpenTask() {
    org.camunda.bpm.engine.runtime.ProcessInstance instance = runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(periode).singleResult();
    assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count()).as("an open task").isEqualTo(1);
    return (String) runtime.getVariable(instance.getId(), PengadaanProcess.VAR_RINGKASAN);
  }

  @Test
  void everyBadRowIsReportedWithLineColumnAndReasonAndNothingChanges() {
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, "pelamar", """
        nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
        A,3325010101950001,Ayu,1995-05-05,P,S1,F1,UMUM,2024-09-01
        B,33250101,Bima,1995-02-30,X,SMA,F9,BIASA,2024-09-01
        A,3325010101950003,Citra,1995-05-05,P,S1,F1,UMUM,
        """);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode problem = json(response.getBody());
    assertThat(problem.get("detail").asText()).contains("tidak ada data yang diubah");
    assertThat(problem.get("baris").toString())
        .contains("{\"baris\":3,\"kolom\":\"nik\",\"alasan\":\"harus 16 angka\"}")
        .contains("{\"baris\":3,\"kolom\":\"tanggalLahir\",\"alasan\":\"'1995-02-30' bukan tanggal yang sah (YYYY-MM-DD)\"}")
        .contains("\"baris\":3,\"kolom\":\"jenisKelamin\"")
        .contains("\"baris\":3,\"kolom\":\"pendidikan\"")
        .contains("{\"baris\":3,\"kolom\":\"kodeFormasi\",\"alasan\":\"formasi F9 tidak ada pada periode ini\"}")
        .contains("\"baris\":3,\"kolom\":\"kategori\"")
        .contains("{\"baris\":4,\"kolom\":\"tanggalMelamar\",\"alasan\":\"wajib diisi selama jadwal pelamaran periode belum ditetapkan\"}")
        .contains("{\"baris\":4,\"kolom\":\"nomorPeserta\",\"alasan\":\"A sudah ada di baris 2\"}");
    assertThat(result(rest, periode, "hasil-administrasi").get("formasi")).isEmpty();
  }

  @Test
  void theSameFileTwiceChangesNothingAndACorrectedRowReplacesItsApplicant() {
    JsonNode first = imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    assertThat(first.get("berubah").asBoolean()).isTrue();
    JsonNode again = imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    assertThat(again.get("berubah").asBoolean()).isFalse();
    assertThat(again.get("jumlahBaris").asInt()).isEqualTo(14);
    imported(rest, periode, "pelamar", """
        nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
        L,3325010101950012,Lukman,1990-09-01,L,S1,F1,UMUM,2024-09-01
        """);
    JsonNode admin = result(rest, periode, "hasil-administrasi");
    assertThat(admin.get("formasi").get(0).get("peserta")).hasSize(12);
    assertThat(peserta(admin, "L").get("lulus").asBoolean()).isTrue();
  }

  @Test
  void aCpnsWhoResignedDuringProbationMayNotApplyInTheBarredYear() {
    // L resigned as CPNS of an earlier period during probation: barred from the 2024 PNS selection (VI.B.8)
    String earlier = open(rest, newInstansi("KabLalu"), 2023);
    jdbc.update("insert into seleksi_pelamar (periode_id, nomor_peserta, nik, nama, tanggal_lahir, jenis_kelamin, "
        + "pendidikan, kode_formasi, kategori, memenuhi_syarat) values (?, 'L23', '3325010101950012', 'Lukman', "
        + "DATE '1995-01-01', 'L', 'S1', 'F1', 'UMUM', true)", earlier);
    jdbc.update("insert into pengangkatan (id, periode_id, nomor_peserta, instansi, kode_formasi, peringkat, status, "
        + "alasan_berhenti, tahun_dilarang_melamar, tahun_dilarang_melamar_sampai, dibuat, diubah) values (?, ?, 'L23', "
        + "'KabLalu', 'F1', 1, 'DIBERHENTIKAN', 'MENGUNDURKAN_DIRI', 2024, 2024, current_timestamp, current_timestamp)", earlier + "-L23", earlier);
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    JsonNode l = peserta(result(rest, periode, "hasil-administrasi"), "L");
    assertThat(l.get("lulus").asBoolean()).isFalse();
    assertThat(l.get("alasan").asText()).contains("mengundurkan diri sebagai CPNS dalam masa percobaan "
        + "(pengangkatan periode " + earlier + "): tidak boleh melamar seleksi PNS tahun anggaran 2024 (VI.B.8)");
    assertThat(peserta(result(rest, periode, "hasil-administrasi"), "A").get("lulus").asBoolean()).isTrue();
  }

  @Test
  void anotherApplicantsNikIsRefused() {
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, "pelamar", """
        nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
        Z,3325010101950001,Zaki,1995-05-05,L,S1,F1,UMUM,2024-09-01
        """);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("NIK sudah terdaftar pada periode ini dengan nomor peserta A");
  }

  @Test
  void scoresOutOfRangeOrOfUnknownApplicantsAreRefused() {
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, "nilai-skd", """
        nomorPeserta,twk,tiu,tkp
        A,151,100,200
        X,100,100,200
        B,90,1OO,200
        """);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("harus antara 0 dan 150, bukan 151")
        .contains("peserta X tidak terdaftar sebagai pelamar periode ini").contains("'1OO' bukan bilangan bulat");
  }

  @Test
  void aBadHeaderOrEmptyFileIsRefused() {
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, "formasi", "kode,jabatan\nF1,X\n");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("kolom tidak dikenal").contains("kolom wajib tidak ada di baris judul");
    assertThat(importCsv(rest, PANITIA, periode, "formasi", "").getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void onlyTheSelectionCommitteeImportsAndOnlyItThePpkAndAdminsRead() {
    assertThat(importCsv(rest, "ppkbatang", periode, "formasi", RecruitmentRankingTestData.FORMASI).getStatusCode().value())
        .isEqualTo(403);
    assertThat(importCsv(rest, "operatorbatang", periode, "formasi", RecruitmentRankingTestData.FORMASI).getStatusCode().value())
        .isEqualTo(403);
    assertThat(get(rest, "ppkbatang", "/api/seleksi/" + periode + "/hasil-skd").getStatusCode().value()).isEqualTo(200);
    assertThat(get(rest, "pemroses1", "/api/seleksi/" + periode + "/hasil-skd").getStatusCode().value()).isEqualTo(403);
    assertThat(get(rest, PANITIA, "/api/seleksi/Tidak-2024/hasil-skd").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void csvExportsNeutraliseFormulaCells() {
    imported(rest, periode, "pelamar", """
        nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
        A,3325010101950001,=HYPERLINK(1),1995-05-05,P,S1,F1,UMUM,2024-09-01
        """);
    String csv = get(rest, PANITIA, "/api/seleksi/" + periode + "/hasil-administrasi?format=csv").getBody();
    assertThat(csv).contains(",'=HYPERLINK(1),").doesNotContain(",=HYPERLINK");
  }
}
