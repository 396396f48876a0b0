package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.support.AppTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The PPPK result over hand-computed tables, through the one SQL ranking and the decision table ambangBatasPppk:
 * 2023 thresholds (technical per position, managerial + socio-cultural 117, interview 24), 2024 rank only,
 * certificate positions by rank, the tie-breaks down to the older applicant, a tie across the last vacancy.
 */
@AppTest
class PppkRankingTest {

  @Autowired TestRestTemplate rest;

  private String period(int tahun) {
    String periode = openPppk(rest, newInstansi("KabPppk"), tahun);
    imported(rest, periode, "formasi", PppkRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", PppkRankingTestData.PELAMAR);
    imported(rest, periode, "nilai-kompetensi", PppkRankingTestData.KOMPETENSI);
    return periode;
  }

  @Test
  void theAdministrativeSelectionChecksAgeToOneYearBeforeRetirementTheCertificateAndEarlierDismissal() {
    JsonNode admin = result(rest, period(2023), "hasil-administrasi");
    expect(admin, "O", true, null);
    expect(admin, "Q", false, "pada 2023-10-01 lebih dari 57 tahun (1 tahun sebelum batas usia pensiun jabatan 58 "
        + "tahun); paling lambat melamar 2023-09-30");
    expect(admin, "NC", false, "jabatan mensyaratkan sertifikat profesi yang masih berlaku");
    expect(admin, "ND", true, null);
    expect(admin, "NE", false, "pernah diberhentikan tidak dengan hormat");
  }

  @Test
  void in2023ThoseWhoMeetTheThresholdsRankFirstAndTheTopNPass() {
    JsonNode hasil = result(rest, period(2023), "hasil-akhir");
    // G1 meeting all three minimums: A and A2 510 (350 technical), B 510 (340), E 510 (330); A and A2 tie on every
    // score and birth date: both rank 1, and with 2 vacancies both pass
    expectFinal(hasil, "A", 1, true, 510, null);
    expectFinal(hasil, "A2", 1, true, 510, null);
    expectFinal(hasil, "B", 3, false, 510, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "E", 4, false, 510, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    // below a minimum, ranked after, by total: C 556, F 509, D 463; then those without scores, the older first
    expectFinal(hasil, "C", 5, false, 556, "tidak memenuhi nilai ambang batas: manajerial dan sosial kultural 116 < 117");
    expectFinal(hasil, "F", 6, false, 509, "tidak memenuhi nilai ambang batas: teknis 299 < 300");
    expectFinal(hasil, "D", 7, false, 463, "tidak memenuhi nilai ambang batas: wawancara 23 < 24");
    expect(hasil, "O", 8, false, "tidak mengikuti seleksi kompetensi atau wawancara (tidak ada nilai)");
    expect(hasil, "H", 9, false, "tidak mengikuti seleksi kompetensi atau wawancara (tidak ada nilai)");
    // N1 requires a certificate: no threshold, by rank; NA and NB tie on every score, NB (1988) is older
    expectFinal(hasil, "NB", 1, true, 320, null);
    expectFinal(hasil, "NA", 2, false, 320, "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "ND", 3, false, 210, "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    assertThat(hasil.toString()).doesNotContain("\"Q\"").doesNotContain("\"NC\"").doesNotContain("\"NE\"");
    JsonNode a = peserta(hasil, "A");
    assertThat(a.get("teknis").asInt()).isEqualTo(350);
    assertThat(a.get("manajerialSosialKultural").asInt()).isEqualTo(130);
    assertThat(a.get("wawancara").asInt()).isEqualTo(30);
  }

  @Test
  void in2024OnlyTheRankCountsAndAGroupTiedAcrossTheLastVacancyIsLeftToTheCommittee() {
    JsonNode hasil = result(rest, period(2024), "hasil-akhir");
    // no thresholds: C 556 first; A and A2 tie on everything at rank 2 with 2 vacancies: 2 + 2 - 1 = 3 > 2
    expectFinal(hasil, "C", 1, true, 556, null);
    String tie = "nilai dan usia sama persis dengan peserta lain di batas kebutuhan formasi; ditetapkan panitia seleksi "
        + "nasional";
    expectFinal(hasil, "A", 2, false, 510, tie);
    expectFinal(hasil, "A2", 2, false, 510, tie);
    // B and E tie with A on the total: technical decides (340, 330); F 509; D 463
    expectFinal(hasil, "B", 4, false, 510, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "E", 5, false, 510, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "F", 6, false, 509, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "D", 7, false, 463, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti");
  }

  @Test
  void theTieBreaksAreTechnicalThenManagerialThenInterviewThenTheOlder() {
    String periode = openPppk(rest, newInstansi("KabTie"), 2024);
    imported(rest, periode, "formasi", PppkRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", PppkRankingTestData.PELAMAR);
    // all total 500: C technical 300, E 295; D, A and B 290, of whom D has managerial + socio-cultural 180; A and B
    // tie on 290/170/40 and A (1990) is older than B (1991)
    imported(rest, periode, "nilai-kompetensi", """
        nomorPeserta,teknis,manajerialSosialKultural,wawancara
        A,290,170,40
        B,290,170,40
        C,300,160,40
        D,290,180,30
        E,295,170,35
        """);
    JsonNode hasil = result(rest, periode, "hasil-akhir");
    expect(hasil, "C", 1, true, null);     // technical 300
    expect(hasil, "E", 2, true, null);     // technical 295
    expect(hasil, "D", 3, false, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti"); // 290, managerial 180
    expect(hasil, "A", 4, false, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti"); // 290/170/40, 1990
    expect(hasil, "B", 5, false, "di luar 2 kebutuhan formasi; tetap berperingkat sebagai pengganti"); // 290/170/40, 1991
  }

  @Test
  void csvAndPdfCarryTheColumnsOfLampiranII() {
    String periode = period(2023);
    var csv = get(rest, PANITIA, "/api/seleksi/" + periode + "/hasil-akhir?format=csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getBody()).contains("kodeFormasi,namaJabatan,kualifikasiPendidikan,nomorPeserta,namaPeserta,teknis,"
        + "manajerialSosialKultural,wawancara,nilaiAkhir,peringkat,hasil,keterangan");
    assertThat(csv.getBody()).contains("N1,Perawat Terampil,D3,NB,Nabil,200,100,20,320,1,LULUS,");
    var pdf = rest.withBasicAuth(PANITIA, PASSWORD).getForEntity("/api/seleksi/" + periode + "/hasil-akhir?format=pdf",
        byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
    assertThat(get(rest, PANITIA, "/api/seleksi/" + periode + "/hasil-skd").getStatusCode().value()).isEqualTo(404);
  }

  private static void expect(JsonNode hasil, String nomor, int peringkat, boolean lulus, String alasan) {
    JsonNode p = peserta(hasil, nomor);
    assertThat(p.get("peringkat").asInt()).as(nomor + " rank").isEqualTo(peringkat);
    assertThat(p.get("lulus").asBoolean()).as(nomor + " passes").isEqualTo(lulus);
    assertThat(p.get("alasan") == null || p.get("alasan").isNull() ? null : p.get("alasan").asText())
        .as(nomor + " reason").isEqualTo(alasan);
  }

  private static void expect(JsonNode admin, String nomor, boolean lulus, String alasan) {
    JsonNode p = peserta(admin, nomor);
    assertThat(p.get("lulus").asBoolean()).as(nomor + " passes").isEqualTo(lulus);
    assertThat(p.get("alasan") == null || p.get("alasan").isNull() ? null : p.get("alasan").asText())
        .as(nomor + " reason").isEqualTo(alasan);
  }

  private static void expectFinal(JsonNode hasil, String nomor, int peringkat, boolean lulus, int nilai, String alasan) {
    expect(hasil, nomor, peringkat, lulus, alasan);
    assertThat(peserta(hasil, nomor).get("nilaiAkhir").asInt()).as(nomor + " score").isEqualTo(nilai);
  }
}
