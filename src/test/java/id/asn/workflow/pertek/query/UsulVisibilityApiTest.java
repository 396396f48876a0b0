package id.asn.workflow.pertek.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.ContentHash;
import id.asn.workflow.pertek.TestDocuments;
import id.asn.workflow.pertek.UsulApiTestSupport;
import id.asn.workflow.pertek.UsulStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class UsulVisibilityApiTest extends UsulApiTestSupport {

  @Test
  void theOperatorSeesTheirUsulWithItsDataAndDocuments() {
    String nomorPeserta = newNomorPeserta();
    String id = submitted(BATANG, JenisAsn.PNS, nomorPeserta);

    JsonNode usul = get(BATANG, "/api/usul-ni/" + id).getBody();

    assertThat(usul.get("id").asText()).isEqualTo(id);
    assertThat(usul.get("status").asText()).isEqualTo("VERIFIKASI");
    assertThat(usul.get("jenisAsn").asText()).isEqualTo("PNS");
    assertThat(usul.get("nomorPeserta").asText()).isEqualTo(nomorPeserta);
    assertThat(usul.get("nama").asText()).isEqualTo("Siti Aminah");
    assertThat(usul.get("instansi").asText()).isEqualTo("KabBatang");
    assertThat(usul.get("tanggalLahir").asText()).isEqualTo("1998-05-17");
    assertThat(usul.has("pertek")).as("no Pertek issued yet").isFalse();
    JsonNode ijazah = findDocument(usul, "IJAZAH");
    assertThat(ijazah.get("label").asText()).isEqualTo("Ijazah (dilegalisir)");
    assertThat(ijazah.get("namaFile").asText()).isEqualTo("ijazah.pdf");
    assertThat(ijazah.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(ijazah.get("sha256").asText())
        .isEqualTo(ContentHash.sha256(TestDocuments.validContent(DocumentType.IJAZAH, nomorPeserta)));
    assertThat(ijazah.get("url").asText()).isEqualTo("/api/usul-ni/" + id + "/dokumen/IJAZAH");
  }

  @Test
  void aDocumentComesBackByteForByte() {
    String nomorPeserta = newNomorPeserta();
    String id = submitted(BATANG, JenisAsn.PNS, nomorPeserta);

    ResponseEntity<byte[]> pdf = as(BATANG).getForEntity("/api/usul-ni/" + id + "/dokumen/IJAZAH", byte[].class);
    ResponseEntity<byte[]> photo = as(BATANG).getForEntity("/api/usul-ni/" + id + "/dokumen/PAS_FOTO", byte[].class);

    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getBody()).isEqualTo(TestDocuments.validContent(DocumentType.IJAZAH, nomorPeserta));
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo("ijazah.pdf");
    assertThat(photo.getBody()).isEqualTo(TestDocuments.validContent(DocumentType.PAS_FOTO, nomorPeserta));
    assertThat(photo.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
  }

  @Test
  void aFileNameOutsideAsciiSurvivesTheRoundTrip() {
    String nomorPeserta = newNomorPeserta();
    var documents = TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta);
    byte[] skck = documents.remove(DocumentType.SKCK);
    Upload upload = new Upload().data(TestDocuments.form(JenisAsn.PNS, nomorPeserta)).documents(documents)
        .part("SKCK", "SKCK Siti Aminah – Polres Batang.pdf", skck);
    String id = submit(BATANG, upload).getBody().get("id").asText();

    ResponseEntity<byte[]> response = as(BATANG).getForEntity("/api/usul-ni/" + id + "/dokumen/SKCK", byte[].class);

    ContentDisposition disposition = response.getHeaders().getContentDisposition();
    assertThat(disposition.getFilename()).isEqualTo("SKCK Siti Aminah – Polres Batang.pdf");
    assertThat(disposition.getCharset()).isEqualTo(StandardCharsets.UTF_8);
  }

  @Nested
  class AnotherInstansi {

    @Test
    void isToldTheUsulDoesNotExist() {
      String id = submittedByBatang();

      ResponseEntity<JsonNode> response = get(PEKALONGAN, "/api/usul-ni/" + id);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(response.getBody().get("detail").asText()).contains("tidak ditemukan");
    }

    @Test
    void doesNotFindItInItsList() {
      String id = submittedByBatang();

      assertThat(itemValues(get(PEKALONGAN, "/api/usul-ni?size=100"), "id")).doesNotContain(id);
      assertThat(itemValues(get(PEKALONGAN, "/api/usul-ni?size=100"), "instansi")).allMatch("KabPekalongan"::equals);
    }

    @Test
    void cannotDownloadItsDocuments() {
      String id = submittedByBatang();

      ResponseEntity<byte[]> response = as(PEKALONGAN).getForEntity("/api/usul-ni/" + id + "/dokumen/IJAZAH",
          byte[].class);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Nested
  class TheKanreg {

    @ParameterizedTest
    @ValueSource(strings = {"pemroses1", "penandatangan1", "pengawas1", "admin"})
    void readsEveryInstansisUsulAndDocuments(String user) {
      String batang = submittedByBatang();
      String pekalongan = submitted(PEKALONGAN, JenisAsn.PNS, newNomorPeserta());

      assertThat(get(user, "/api/usul-ni/" + batang).getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(itemValues(get(user, "/api/usul-ni?size=100"), "id")).contains(batang, pekalongan);
      ResponseEntity<byte[]> document = as(user).getForEntity("/api/usul-ni/" + pekalongan + "/dokumen/DRH",
          byte[].class);
      assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void othersSeeNoUsulAtAll() {
      assertThat(get("panitia1", "/api/usul-ni").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get("ppkbatang", "/api/usul-ni/" + submittedByBatang()).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Nested
  class TheList {

    @Test
    void isNewestFirstAndPaged() {
      String older = submittedByBatang();
      String newer = submittedByBatang();

      ResponseEntity<JsonNode> page = get(BATANG, "/api/usul-ni?page=0&size=2");

      assertThat(itemValues(page, "id")).containsExactly(newer, older);
      assertThat(page.getBody().get("page").asInt()).isZero();
      assertThat(page.getBody().get("size").asInt()).isEqualTo(2);
      assertThat(page.getBody().get("total").asLong()).isGreaterThanOrEqualTo(2);
      assertThat(itemValues(get(BATANG, "/api/usul-ni?page=1&size=1"), "id")).containsExactly(older);
    }

    @Test
    void filtersByStatus() {
      String waiting = submittedByBatang();
      String toCorrect = submittedByBatang();
      usulRepository.setStatus(toCorrect, UsulStatus.PERBAIKAN, "BTS: ijazah belum dilegalisir");

      ResponseEntity<JsonNode> page = get(BATANG, "/api/usul-ni?status=PERBAIKAN&size=100");

      assertThat(itemValues(page, "id")).contains(toCorrect).doesNotContain(waiting);
      assertThat(itemValues(page, "status")).allMatch("PERBAIKAN"::equals);
    }

    @Test
    void refusesAnUnknownStatus() {
      ResponseEntity<JsonNode> response = get(BATANG, "/api/usul-ni?status=DIPROSES");

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).singleElement().asString().startsWith("status: harus salah satu dari VERIFIKASI");
    }

    @Test
    void refusesAPageOutsideTheLimits() {
      ResponseEntity<JsonNode> response = get(BATANG, "/api/usul-ni?page=-1&size=1000");

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).extracting(p -> p.substring(0, p.indexOf(':'))).containsExactly("page", "size");
    }
  }

  @Test
  void anUnknownUsulOrDocumentTypeIsNotFound() {
    String id = submittedByBatang();

    assertThat(get(BATANG, "/api/usul-ni/tidak-ada").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(BATANG, "/api/usul-ni/" + id + "/dokumen/KTP").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(BATANG, "/api/usul-ni/" + id + "/dokumen/PENGALAMAN_KERJA").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static JsonNode findDocument(JsonNode usul, String jenis) {
    for (JsonNode document : usul.get("dokumen")) {
      if (document.get("jenis").asText().equals(jenis)) {
        return document;
      }
    }
    throw new AssertionError("no document " + jenis + " in " + usul);
  }
}
