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

/** The PPPK imports: all-or-nothing with every bad row reported, idempotent, and only in a period of their kind. */
@AppTest
class PppkImportApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired JdbcTemplate jdbc;

  private String periode;

  @BeforeEach
  void setUp() {
    periode = openPppk(rest, newInstansi("KabPppkImpor"), 2023);
    imported(rest, periode, "formasi", PppkRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", PppkRankingTestData.PELAMAR);
  }

  @Test
  void aBadKompetensiFileIsRefusedWithLineColumnAndReasonAndChangesNothing() {
    imported(rest, periode, "nilai-kompetensi", "nomorPeserta,teknis,manajerialSosialKultural,wawancara\nA,350,130,30\n");
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, "nilai-kompetensi", """
        nomorPeserta,teknis,manajerialSosialKultural,wawancara
        A,100,100,10
        B,451,100,10
        ZZ,100,100,10
        B,100,abc,41
        """);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    JsonNode problem = json(response.getBody());
    assertThat(problem.get("baris").toString())
        .contains("{\"baris\":3,\"kolom\":\"teknis\",\"alasan\":\"harus antara 0 dan 450, bukan 451\"}")
        .contains("{\"baris\":4,\"kolom\":\"nomorPeserta\",\"alasan\":\"peserta ZZ tidak terdaftar sebagai pelamar periode ini\"}")
        .contains("{\"baris\":5,\"kolom\":\"manajerialSosialKultural\",\"alasan\":\"'abc' bukan bilangan bulat\"}")
        .contains("{\"baris\":5,\"kolom\":\"wawancara\",\"alasan\":\"harus antara 0 dan 40, bukan 41\"}")
        .contains("{\"baris\":5,\"kolom\":\"nomorPeserta\",\"alasan\":\"B sudah ada di baris 3\"}");
    // A kept the scores of the first import: the refused file changed nothing
    assertThat(peserta(result(rest, periode, "hasil-akhir"), "A").get("teknis").asInt()).isEqualTo(350);
  }

  @Test
  void theSameFileTwiceChangesNothing() {
    JsonNode first = imported(rest, periode, "nilai-kompetensi", PppkRankingTestData.KOMPETENSI);
    assertThat(first.get("berubah").asBoolean()).isTrue();
    JsonNode again = imported(rest, periode, "nilai-kompetensi", PppkRankingTestData.KOMPETENSI);
    assertThat(again.get("berubah").asBoolean()).isFalse();
    assertThat(again.get("jumlahBaris").asInt()).isEqualTo(10);
  }

  @Test
  void skdAndSkbScoresBelongToPnsPeriodsAndKompetensiScoresToPppkPeriods() {
    ResponseEntity<String> skd = importCsv(rest, PANITIA, periode, "nilai-skd", "nomorPeserta,twk,tiu,tkp\nA,100,100,200\n");
    assertThat(skd.getStatusCode().value()).isEqualTo(409);
    assertThat(skd.getBody()).contains("pengadaan PPPK").contains("nilai-kompetensi");
    String pns = open(rest, newInstansi("KabPnsKomp"), 2024);
    ResponseEntity<String> kompetensi = importCsv(rest, PANITIA, pns, "nilai-kompetensi",
        "nomorPeserta,teknis,manajerialSosialKultural,wawancara\nA,1,1,1\n");
    assertThat(kompetensi.getStatusCode().value()).isEqualTo(409);
    assertThat(kompetensi.getBody()).contains("pengadaan PNS");
  }

  @Test
  void aPppkFormasiNeedsItsLevelAndIn2023WithoutACertificateItsTechnicalThreshold() {
    ResponseEntity<String> response = importCsv(rest, PANITIA, periode, "formasi", """
        kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah,jenjang,sertifikasiWajib,ambangTeknis
        X1,Guru Ahli Pertama,Dinas Pendidikan,S1,1,,TIDAK,300
        X2,Guru Ahli Pertama,Dinas Pendidikan,S1,1,AHLI_PERTAMA,MUNGKIN,451
        """);
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(json(response.getBody()).get("baris").toString())
        .contains("\"baris\":2,\"kolom\":\"jenjang\"")
        .contains("{\"baris\":3,\"kolom\":\"sertifikasiWajib\",\"alasan\":\"YA atau TIDAK (kosong: TIDAK), bukan 'MUNGKIN'\"}")
        .contains("{\"baris\":3,\"kolom\":\"ambangTeknis\",\"alasan\":\"harus antara 0 dan 450, bukan 451\"}");
    ResponseEntity<String> noThreshold = importCsv(rest, PANITIA, periode, "formasi", """
        kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah,jenjang
        X3,Guru Ahli Pertama,Dinas Pendidikan,S1,1,AHLI_PERTAMA
        """);
    assertThat(noThreshold.getStatusCode().value()).isEqualTo(400);
    assertThat(json(noThreshold.getBody()).get("baris").get(0).get("kolom").asText()).isEqualTo("ambangTeknis");
    assertThat(json(noThreshold.getBody()).get("baris").get(0).get("alasan").asText())
        .contains("tahun 2023").contains("isi kolom ambangTeknis formasi");
  }

  @Test
  void aPppkFormasiMayBeAJptWhosePppkTakesTheOathOfOfficeAndOnlyPppkPeriodsReadTheFlag() {
    imported(rest, periode, "formasi", """
        kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah,jenjang,sertifikasiWajib,ambangTeknis,jpt
        J1,Kepala Dinas Kesehatan,Dinas Kesehatan,S2,1,AHLI_UTAMA,TIDAK,300,YA
        J2,Guru Ahli Pertama,Dinas Pendidikan,S1,1,AHLI_PERTAMA,TIDAK,300,
        """);
    assertThat(jdbc.queryForObject("select jpt from seleksi_formasi where periode_id = ? and kode_formasi = 'J1'",
        Boolean.class, periode)).isTrue();
    assertThat(jdbc.queryForObject("select jpt from seleksi_formasi where periode_id = ? and kode_formasi = 'J2'",
        Boolean.class, periode)).isFalse();
    ResponseEntity<String> bad = importCsv(rest, PANITIA, periode, "formasi", """
        kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah,jenjang,sertifikasiWajib,ambangTeknis,jpt
        J3,Kepala Dinas,Dinas Kesehatan,S2,1,AHLI_UTAMA,TIDAK,300,MADYA
        """);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(json(bad.getBody()).get("baris").toString())
        .contains("{\"baris\":2,\"kolom\":\"jpt\",\"alasan\":\"YA atau TIDAK (kosong: TIDAK), bukan 'MADYA'\"}");
    String pns = open(rest, newInstansi("KabPnsJpt"), 2024);
    ResponseEntity<String> inPns = importCsv(rest, PANITIA, pns, "formasi", """
        kodeFormasi,jabatan,unitKerja,kualifikasiPendidikan,jumlah,jpt
        P1,Analis,Bappeda,S1,1,YA
        """);
    assertThat(inPns.getStatusCode().value()).isEqualTo(400);
    assertThat(json(inPns.getBody()).get("baris").get(0).get("kolom").asText()).isEqualTo("jpt");
  }
}
