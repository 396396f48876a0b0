package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.support.AppTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The SKD cut-off and the final integration over hand-computed tables, through the one SQL ranking and the
 * 2024 thresholds of the decision table.
 */
@AppTest
class RecruitmentRankingTest {

  @Autowired TestRestTemplate rest;

  private String periode;

  @BeforeEach
  void setUp() {
    periode = open(rest, newInstansi("KabRank"), 2024);
    imported(rest, periode, "formasi", RecruitmentRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    imported(rest, periode, "nilai-skd", RecruitmentRankingTestData.SKD);
  }

  @Test
  void skdRanksThoseWhoMeetTheirCategorysThresholdAndSendThreeTimesTheVacanciesOn() {
    JsonNode hasil = result(rest, periode, "hasil-skd");
    // F1, meeting the threshold: A 400; D, B, E, C 390 (D has TIU 110; B and E tie on all; C has TKP 195); G 311
    // (cum laude: total >= 311, TIU >= 85); I 286 (disability: total >= 286, TIU >= 60)
    expect(hasil, "A", 1, true, null);
    expect(hasil, "D", 2, true, null);
    expect(hasil, "B", 3, true, null);
    expect(hasil, "E", 3, true, null); // tied with B at the cut-off on total, TKP, TIU and TWK: both go on
    expect(hasil, "C", 5, false, "memenuhi ambang batas, tetapi di luar peringkat 3 × kebutuhan formasi (3)");
    expect(hasil, "G", 6, false, "memenuhi ambang batas, tetapi di luar peringkat 3 × kebutuhan formasi (3)");
    expect(hasil, "I", 7, false, "memenuhi ambang batas, tetapi di luar peringkat 3 × kebutuhan formasi (3)");
    // below the threshold, ranked after, with what they lack
    expect(hasil, "F", 8, false, "tidak memenuhi nilai ambang batas kategori UMUM: TWK 64 < 65");
    expect(hasil, "H", 9, false, "tidak memenuhi nilai ambang batas kategori UMUM: TWK 50 < 65");
    expect(hasil, "J", 10, false, "tidak memenuhi nilai ambang batas kategori DISABILITAS: TIU 59 < 60");
    expect(hasil, "K", 11, false, "tidak mengikuti SKD (tidak ada nilai)");
    // F2 is ranked on its own
    expect(hasil, "P1", 1, true, null);
    expect(hasil, "P2", 2, true, null);
    // L (36 at application) did not pass the administrative selection: not in the SKD result at all
    assertThat(hasil.toString()).doesNotContain("\"L\"");
    assertThat(peserta(hasil, "A").get("totalSkd").asInt()).isEqualTo(400);
  }

  @Test
  void theFinalResultIntegrates40PercentSkdAnd60PercentSkbAndBreaksTiesUpToTheOlderApplicant() {
    imported(rest, periode, "nilai-skb", """
        nomorPeserta,nilaiSkb
        A,70
        B,72
        D,72
        E,72
        P1,80
        """);
    JsonNode hasil = result(rest, periode, "hasil-akhir");
    // A: 400/550*40 + 70*0.6 = 29.0909 + 42 = 71.0909; B, D, E: 390/550*40 + 72*0.6 = 28.3636 + 43.2 = 71.5636
    // D before B and E (TIU 110); B and E tie on everything but age: B (1995) is older than E (1996)
    expectFinal(hasil, "D", 1, true, "71.5636", null);
    expectFinal(hasil, "B", 2, false, "71.5636", "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "E", 3, false, "71.5636", "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "A", 4, false, "71.0909", "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    // F2: P1 400/550*40 + 80*0.6 = 77.0909; P2 passed SKD but has no SKB score
    expectFinal(hasil, "P1", 1, true, "77.0909", null);
    assertThat(peserta(hasil, "P2").get("lulus").asBoolean()).isFalse();
    assertThat(peserta(hasil, "P2").get("alasan").asText()).isEqualTo("tidak mengikuti SKB (tidak ada nilai)");
  }

  @Test
  void aGroupTiedOnEverythingAcrossTheLastVacancyDoesNotPassAndIsLeftToTheNationalCommittee() {
    // E corrected to B's birth date: B and E now tie on SKD (390; TKP 200, TIU 100, TWK 90), SKB and age
    imported(rest, periode, "pelamar", """
        nomorPeserta,nik,nama,tanggalLahir,jenisKelamin,pendidikan,kodeFormasi,kategori,tanggalMelamar
        E,3325010101950005,Eka,1995-01-01,P,S1,F1,UMUM,2024-09-01
        """);
    imported(rest, periode, "nilai-skb", """
        nomorPeserta,nilaiSkb
        A,60
        B,72
        D,60
        E,72
        """);
    JsonNode hasil = result(rest, periode, "hasil-akhir");
    // B, E: 390/550*40 + 72*0.6 = 28.3636 + 43.2 = 71.5636, both rank 1 for F1's one vacancy: 1 + 2 - 1 = 2 > 1
    String tie = "nilai dan usia sama persis dengan peserta lain di batas kebutuhan formasi; ditetapkan panitia seleksi "
        + "nasional";
    expectFinal(hasil, "B", 1, false, "71.5636", tie);
    expectFinal(hasil, "E", 1, false, "71.5636", tie);
    // A: 400/550*40 + 60*0.6 = 29.0909 + 36 = 65.0909; D: 390/550*40 + 36 = 64.3636
    expectFinal(hasil, "A", 3, false, "65.0909", "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
    expectFinal(hasil, "D", 4, false, "64.3636", "di luar 1 kebutuhan formasi; tetap berperingkat sebagai pengganti");
  }

  @Test
  void anSkbScoreOfSomeoneWhoDidNotPassSkdIsRefused() {
    var response = importCsv(rest, PANITIA, periode, "nilai-skb", "nomorPeserta,nilaiSkb\nC,90\n");
    assertThat(response.getStatusCode().value()).isEqualTo(400);
    assertThat(response.getBody()).contains("tidak termasuk yang lulus SKD");
  }

  @Test
  void csvAndPdfAnnouncementsCarryTheColumnsTheRegulationNames() {
    var csv = get(rest, PANITIA, "/api/seleksi/" + periode + "/hasil-skd?format=csv");
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getBody()).contains("kodeFormasi,namaJabatan,kualifikasiPendidikan,nomorPeserta,namaPeserta,kategori,"
        + "twk,tiu,tkp,totalSkd,peringkat,hasil,keterangan");
    assertThat(csv.getBody()).contains("F1,Analis Kebijakan Ahli Pertama,D4;S1,A,Ayu,UMUM,100,100,200,400,1,LULUS,");
    var admin = get(rest, PANITIA, "/api/seleksi/" + periode + "/hasil-administrasi?format=csv");
    assertThat(admin.getBody()).contains("L,Lukman,TIDAK LULUS,\"usia 36 tahun pada 2024-09-01, lebih dari 35 tahun\"");
    var pdf = rest.withBasicAuth(PANITIA, PASSWORD).getForEntity("/api/seleksi/" + periode + "/hasil-akhir?format=pdf",
        byte[].class);
    assertThat(pdf.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void theFinalResultIsExportedAsCsvAsSemicolonCsvAndAsAWorkbookWithTypedCells() throws IOException {
    imported(rest, periode, "nilai-skb", "nomorPeserta,nilaiSkb\nA,70\nB,72\nD,72\nE,72\nP1,80\n");
    int ranked = 0;
    for (JsonNode formasi : result(rest, periode, "hasil-akhir").get("formasi")) {
      ranked += formasi.get("peserta").size();
    }
    String path = "/api/seleksi/" + periode + "/hasil-akhir?format=";

    ResponseEntity<byte[]> csv = download(path + "csv");
    assertThat(csv.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("hasil-akhir-" + periode + ".csv");
    assertThat(Arrays.copyOf(csv.getBody(), 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    String comma = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(comma).startsWith("\uFEFFkodeFormasi,namaJabatan,kualifikasiPendidikan,nomorPeserta,namaPeserta,totalSkd,")
        .contains(",D,Dimas,390,").contains(",71.5636,1,LULUS,");

    ResponseEntity<byte[]> semicolon = download(path + "csv-id");
    assertThat(semicolon.getHeaders().getContentType()).isEqualTo(MediaType.parseMediaType("text/csv;charset=UTF-8"));
    assertThat(semicolon.getHeaders().getContentDisposition().getFilename()).isEqualTo("hasil-akhir-" + periode + ".csv");
    String id = new String(semicolon.getBody(), StandardCharsets.UTF_8);
    assertThat(id).startsWith("\uFEFFkodeFormasi;namaJabatan;kualifikasiPendidikan;nomorPeserta;")
        .contains(";D;Dimas;390;").contains(";71,5636;1;LULUS;");
    assertThat(id.lines().filter(l -> l.contains(";D;Dimas;"))).singleElement().asString()
        .as("the levels' own semicolon is quoted").startsWith("F1;Analis Kebijakan Ahli Pertama;\"");

    ResponseEntity<byte[]> xlsx = download(path + "xlsx");
    assertThat(xlsx.getHeaders().getContentType()).isEqualTo(
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertThat(xlsx.getHeaders().getContentDisposition().getFilename()).isEqualTo("hasil-akhir-" + periode + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).as("one row per ranked applicant under the header").isEqualTo(ranked);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(3).getStringCellValue()).isEqualTo("nomorPeserta");
      assertThat(header.getCell(7).getStringCellValue()).isEqualTo("nilaiAkhir");
      Row dimas = null;
      for (Row row : sheet) {
        if (row.getRowNum() > 0 && row.getCell(3).getStringCellValue().equals("D")) {
          dimas = row;
        }
      }
      assertThat(dimas).isNotNull();
      assertThat(dimas.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(dimas.getCell(7).getNumericCellValue()).isEqualTo(71.5636);
      assertThat(dimas.getCell(8).getNumericCellValue()).isEqualTo(1);
      assertThat(dimas.getCell(9).getStringCellValue()).isEqualTo("LULUS");
    }

    var unknown = get(rest, PANITIA, path + "xls");
    assertThat(unknown.getStatusCode().value()).isEqualTo(400);
    assertThat(unknown.getBody()).contains("\"field\":\"format\"",
        "harus salah satu dari json, pdf, csv, csv-id atau xlsx, bukan 'xls'");
  }

  private ResponseEntity<byte[]> download(String path) {
    ResponseEntity<byte[]> response = rest.withBasicAuth(PANITIA, PASSWORD).getForEntity(path, byte[].class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    return response;
  }

  private static void expect(JsonNode hasil, String nomor, int peringkat, boolean lulus, String alasan) {
    JsonNode p = peserta(hasil, nomor);
    assertThat(p.get("peringkat").asInt()).as(nomor + " rank").isEqualTo(peringkat);
    assertThat(p.get("lulus").asBoolean()).as(nomor + " passes").isEqualTo(lulus);
    assertThat(p.get("alasan").isNull() ? null : p.get("alasan").asText()).as(nomor + " reason").isEqualTo(alasan);
  }

  private static void expectFinal(JsonNode hasil, String nomor, int peringkat, boolean lulus, String nilai, String alasan) {
    expect(hasil, nomor, peringkat, lulus, alasan);
    assertThat(peserta(hasil, nomor).get("nilaiAkhir").decimalValue()).as(nomor + " score")
        .isEqualByComparingTo(nilai);
  }
}
