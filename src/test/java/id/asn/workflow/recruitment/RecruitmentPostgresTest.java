package id.asn.workflow.recruitment;

import static id.asn.workflow.recruitment.SeleksiTestClient.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.support.TestPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The results API on PostgreSQL, the production database: the same hand-computed PNS and PPPK tables as on H2 give
 * the same ranks, pass flags and scores (one range per stage there, several on H2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test", "postgres"})
class RecruitmentPostgresTest {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestPostgres.register(registry, "recruitmentPostgres", "target/test-data/postgres-seleksi");
    registry.add("camunda.bpm.webapp.enabled", () -> "false");
  }

  @Autowired TestRestTemplate rest;
  @Autowired JdbcClient jdbc;

  @Test
  void theCpnsResultsAreTheSameOnPostgres() {
    assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
    String periode = open(rest, newInstansi("KabPg"), 2024);
    imported(rest, periode, "formasi", RecruitmentRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", RecruitmentRankingTestData.PELAMAR);
    imported(rest, periode, "nilai-skd", RecruitmentRankingTestData.SKD);
    JsonNode skd = result(rest, periode, "hasil-skd");
    assertRank(skd, "A", 1, true);
    assertRank(skd, "B", 3, true);
    assertRank(skd, "E", 3, true);
    assertRank(skd, "C", 5, false);
    assertRank(skd, "K", 11, false);
    assertThat(peserta(skd, "F").get("alasan").asText())
        .isEqualTo("tidak memenuhi nilai ambang batas kategori UMUM: TWK 64 < 65");
    imported(rest, periode, "nilai-skb", "nomorPeserta,nilaiSkb\nA,70\nB,72\nD,72\nE,72\nP1,80\n");
    JsonNode akhir = result(rest, periode, "hasil-akhir");
    assertRank(akhir, "D", 1, true);
    assertRank(akhir, "B", 2, false);
    assertRank(akhir, "E", 3, false);
    assertRank(akhir, "A", 4, false);
    assertThat(peserta(akhir, "D").get("nilaiAkhir").decimalValue()).isEqualByComparingTo("71.5636");
    assertThat(peserta(akhir, "P2").get("alasan").asText()).isEqualTo("tidak mengikuti SKB (tidak ada nilai)");
    var csv = get(rest, PANITIA, "/api/seleksi/" + periode + "/hasil-akhir?format=csv");
    assertThat(csv.getBody()).contains("F2,Pranata Komputer Ahli Pertama,S1,P1,Putri,400,80.00,77.0909,1,LULUS,");
  }

  @Test
  void thePppkResultsAreTheSameOnPostgres() {
    String periode = openPppk(rest, newInstansi("KabPgPppk"), 2023);
    imported(rest, periode, "formasi", PppkRankingTestData.FORMASI);
    imported(rest, periode, "pelamar", PppkRankingTestData.PELAMAR);
    imported(rest, periode, "nilai-kompetensi", PppkRankingTestData.KOMPETENSI);
    JsonNode hasil = result(rest, periode, "hasil-akhir");
    assertRank(hasil, "A", 1, true);
    assertRank(hasil, "A2", 1, true);
    assertRank(hasil, "B", 3, false);
    assertRank(hasil, "C", 5, false);
    assertRank(hasil, "H", 9, false);
    assertRank(hasil, "NB", 1, true);
    assertRank(hasil, "NA", 2, false);
    assertThat(peserta(hasil, "C").get("alasan").asText())
        .isEqualTo("tidak memenuhi nilai ambang batas: manajerial dan sosial kultural 116 < 117");
  }

  private static void assertRank(JsonNode hasil, String nomor, int peringkat, boolean lulus) {
    JsonNode p = peserta(hasil, nomor);
    assertThat(p.get("peringkat").asInt()).as(nomor + " rank").isEqualTo(peringkat);
    assertThat(p.get("lulus").asBoolean()).as(nomor + " passes").isEqualTo(lulus);
  }
}
