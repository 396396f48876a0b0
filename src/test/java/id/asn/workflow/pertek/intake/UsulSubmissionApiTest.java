package id.asn.workflow.pertek.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.TestDocuments;
import id.asn.workflow.pertek.UsulApiTestSupport;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

class UsulSubmissionApiTest extends UsulApiTestSupport {

  @Test
  void anOperatorSubmitsAUsulForTheirInstansiAndItsProcessStarts() {
    String nomorPeserta = newNomorPeserta();

    ResponseEntity<JsonNode> response = submit(BATANG, completeUsul(JenisAsn.PNS, nomorPeserta));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = response.getBody().get("id").asText();
    assertThat(response.getBody().get("status").asText()).isEqualTo("VERIFIKASI");
    assertThat(response.getHeaders().getLocation()).hasPath("/api/usul-ni/" + id);
    verify(workflow).submitted(id);
    verify(workflow, never()).corrected(any());

    UsulNi usul = usulRepository.findById(id).orElseThrow();
    assertThat(usul.instansi()).isEqualTo("KabBatang");
    assertThat(usul.nomorPeserta()).isEqualTo(nomorPeserta);
    assertThat(documentRepository.current(id)).extracting(StoredDocument::jenis)
        .containsExactlyElementsOf(DocumentType.requiredFor(JenisAsn.PNS));
  }

  @Test
  void aPppkUsulCarriesTheDecreeAppointingTheCalonPppk() {
    String id = submitted(BATANG, JenisAsn.PPPK, newNomorPeserta());

    assertThat(documentRepository.current(id, DocumentType.SK_CALON_PPPK)).isPresent();
  }

  @Test
  void theDataPartMayComeAsAFile() {
    String nomorPeserta = newNomorPeserta();
    Upload upload = new Upload()
        .part("data", "usul.json", TestDocuments.json(TestDocuments.form(JenisAsn.PNS, nomorPeserta)).getBytes())
        .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta));

    assertThat(submit(BATANG, upload).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Nested
  class Refusals {

    @Test
    void listsEveryInvalidFieldAndMissingDocumentAtOnce() {
      var documents = TestDocuments.requiredDocuments(JenisAsn.PNS, "all-at-once");
      documents.remove(DocumentType.IJAZAH);
      String json = """
          {"jenisAsn": "CPNS", "nomorPeserta": "2411A", "nik": "332501570598000", "nama": "",
           "tempatLahir": "Batang", "tanggalLahir": "2999-01-01", "jenisKelamin": "X", "pendidikan": "S4",
           "jabatan": "Analis", "unitKerja": "Bappeda", "tmt": "2025-02-30", "agama": "ISLAM"}""";

      ResponseEntity<JsonNode> response = submit(BATANG, new Upload().data(json).documents(documents));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(problems(response)).containsExactly(
          "jenisAsn: harus salah satu dari PNS, PPPK",
          "nomorPeserta: harus 8–20 digit angka",
          "nik: harus 16 digit angka",
          "nama: wajib diisi",
          "tanggalLahir: tidak boleh di masa depan",
          "jenisKelamin: harus salah satu dari L, P",
          "pendidikan: harus salah satu dari SLTA, D2, D3, D4, S1, S2, S3, DOKTER, APOTEKER",
          "tmt: harus tanggal yang ada, dengan format YYYY-MM-DD",
          "IJAZAH: wajib diunggah");
      verifyNoInteractions(workflow);
    }

    @Test
    void aNikMustBeSixteenDigits() {
      String nomorPeserta = newNomorPeserta();
      String json = TestDocuments.json(TestDocuments.form(JenisAsn.PNS, nomorPeserta)).replace("3325015705980001", "33250157");

      ResponseEntity<JsonNode> response = submit(BATANG, new Upload().data(json)
          .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta)));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).containsExactly("nik: harus 16 digit angka");
      assertThat(usulRepository.findUnfinishedByNomorPeserta(nomorPeserta)).isEmpty();
      verifyNoInteractions(workflow);
    }

    @Test
    void aDocumentIsJudgedByItsBytesNotItsName() {
      Upload upload = withDocument(DocumentType.IJAZAH, TestDocuments.jpeg("renamed photo"));

      ResponseEntity<JsonNode> response = submit(BATANG, upload);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).containsExactly("IJAZAH: bukan berkas PDF (isi berkas diperiksa, bukan namanya)");
      verifyNoInteractions(workflow);
    }

    @Test
    void aPdfOverOneMegabyteIsRefused() {
      ResponseEntity<JsonNode> response = submit(BATANG,
          withDocument(DocumentType.TRANSKRIP, TestDocuments.pdfOfSize(1024 * 1024 + 100)));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).containsExactly("TRANSKRIP: melebihi batas 1 MB");
      verifyNoInteractions(workflow);
    }

    @Test
    void aPhotoOverFiveHundredKilobytesIsRefused() {
      byte[] photo = java.util.Arrays.copyOf(TestDocuments.jpeg("big"), 600 * 1024);

      ResponseEntity<JsonNode> response = submit(BATANG, withDocument(DocumentType.PAS_FOTO, photo));

      assertThat(problems(response)).containsExactly("PAS_FOTO: melebihi batas 500 KB");
      verifyNoInteractions(workflow);
    }

    @Test
    void aPnsUsulMayNotCarryTheCalonPppkDecree() {
      ResponseEntity<JsonNode> response = submit(BATANG,
          withDocument(DocumentType.SK_CALON_PPPK, TestDocuments.pdf("sk")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).containsExactly("SK_CALON_PPPK: hanya untuk usul PPPK, bukan PNS");
      verifyNoInteractions(workflow);
    }

    @Test
    void aPppkUsulMustCarryTheCalonPppkDecree() {
      String nomorPeserta = newNomorPeserta();
      Upload upload = new Upload().data(TestDocuments.form(JenisAsn.PPPK, nomorPeserta))
          .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta));

      ResponseEntity<JsonNode> response = submit(BATANG, upload);

      assertThat(problems(response)).containsExactly("SK_CALON_PPPK: wajib diunggah");
      verifyNoInteractions(workflow);
    }

    @Test
    void anUnknownPartIsNamed() {
      ResponseEntity<JsonNode> response = submit(BATANG, completeUsul(JenisAsn.PNS, newNomorPeserta())
          .part("IJAZAH_S2", "s2.pdf", TestDocuments.pdf("s2")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).singleElement().asString().startsWith("IJAZAH_S2: bagian yang tidak dikenal");
      verifyNoInteractions(workflow);
    }

    @Test
    void malformedJsonNamesTheDataPart() {
      ResponseEntity<JsonNode> response = submit(BATANG, new Upload().data("{\"jenisAsn\": \"PNS\",")
          .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, "malformed")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).singleElement().asString().startsWith("data: bukan JSON yang valid");
      verifyNoInteractions(workflow);
    }

    @Test
    void aValueThatIsNotTextNamesItsField() {
      String nomorPeserta = newNomorPeserta();
      String json = TestDocuments.json(TestDocuments.form(JenisAsn.PNS, nomorPeserta))
          .replace("\"Siti Aminah\"", "{\"depan\": \"Siti\"}");

      ResponseEntity<JsonNode> response = submit(BATANG, new Upload().data(json)
          .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta)));

      assertThat(problems(response)).containsExactly("nama: harus berupa teks");
    }

    @Test
    void aUsulWithoutDataIsRefused() {
      ResponseEntity<JsonNode> response = submit(BATANG,
          new Upload().documents(TestDocuments.requiredDocuments(JenisAsn.PNS, "no-data")));

      assertThat(problems(response)).containsExactly("data: wajib dikirim: data calon dalam JSON");
      verifyNoInteractions(workflow);
    }

    @Test
    void aFileOverTheUploadLimitGetsAProblemDetail() {
      // the oversize part comes first, so that most of the body is still unread when it is refused
      byte[] huge = TestDocuments.pdfOfSize(3 * 1024 * 1024);
      Upload upload = new Upload().document(DocumentType.IJAZAH, huge)
          .document(DocumentType.TRANSKRIP, TestDocuments.pdfOfSize(1900 * 1024))
          .document(DocumentType.DRH, TestDocuments.pdfOfSize(1900 * 1024))
          .data(TestDocuments.form(JenisAsn.PNS, newNomorPeserta()));

      ResponseEntity<JsonNode> response = submit(BATANG, upload);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
      assertThat(response.getBody().get("detail").asText()).contains("2 MB", "20 MB");
      verifyNoInteractions(workflow);
    }

    @Test
    void aCutOffMultipartBodyIsAClientError() {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.parseMediaType("multipart/form-data; boundary=batas"));
      String cutOff = "--batas\r\nContent-Disposition: form-data; name=\"data\"\r\n\r\n{\"jenisAsn\": \"PNS\"";

      ResponseEntity<JsonNode> response = as(BATANG).postForEntity("/api/usul-ni",
          new HttpEntity<>(cutOff.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().get("detail").asText()).contains("multipart/form-data tidak dapat dibaca");
      verifyNoInteractions(workflow);
    }

    @Test
    void onlyInstansiOperatorsMaySubmit() {
      for (String user : new String[] {"pemroses1", "pengawas1", "panitia1", "admin"}) {
        ResponseEntity<JsonNode> response = submit(user, completeUsul(JenisAsn.PNS, newNomorPeserta()));

        assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody().get("detail").asText()).contains("operator instansi");
      }
      verifyNoInteractions(workflow);
    }

    @Test
    void nobodyUnknownMaySubmit() {
      ResponseEntity<JsonNode> response = rest.postForEntity("/api/usul-ni",
          completeUsul(JenisAsn.PNS, newNomorPeserta()).entity(), JsonNode.class);

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
      verifyNoInteractions(workflow);
    }

    private Upload withDocument(DocumentType type, byte[] content) {
      String nomorPeserta = newNomorPeserta();
      Map<DocumentType, byte[]> documents = TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta);
      documents.put(type, content);
      return new Upload().data(TestDocuments.form(JenisAsn.PNS, nomorPeserta)).documents(documents);
    }
  }

  @Nested
  class OneUnfinishedUsulPerParticipant {

    @Test
    void aSecondUsulForTheSameParticipantIsAConflict() {
      String nomorPeserta = newNomorPeserta();
      String first = submitted(BATANG, JenisAsn.PNS, nomorPeserta);

      ResponseEntity<JsonNode> second = submit(BATANG, completeUsul(JenisAsn.PNS, nomorPeserta));

      assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(second.getBody().get("detail").asText()).contains(nomorPeserta, first);
      verify(workflow).submitted(first);
      verify(workflow).submitted(any());
    }

    @Test
    void anotherInstansiIsToldOfTheConflictButNotWhoseUsulItIs() {
      String nomorPeserta = newNomorPeserta();
      String first = submitted(BATANG, JenisAsn.PNS, nomorPeserta);

      ResponseEntity<JsonNode> second = submit(PEKALONGAN, completeUsul(JenisAsn.PNS, nomorPeserta));

      assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(second.getBody().get("detail").asText()).contains(nomorPeserta).doesNotContain(first);
    }

    @Test
    void theDatabaseRefusesWhatTheCheckMissed() {
      String nomorPeserta = newNomorPeserta();
      submitted(BATANG, JenisAsn.PNS, nomorPeserta);
      // as when two submissions pass the check before either commits
      doReturn(Optional.empty()).when(usulRepository).findUnfinishedByNomorPeserta(nomorPeserta);

      ResponseEntity<JsonNode> second = submit(BATANG, completeUsul(JenisAsn.PNS, nomorPeserta));

      assertThat(second.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(second.getBody().get("detail").asText()).contains(nomorPeserta);
      verify(workflow).submitted(any());
    }

    @Test
    void aFinishedUsulFreesTheParticipant() {
      String nomorPeserta = newNomorPeserta();
      String first = submitted(BATANG, JenisAsn.PNS, nomorPeserta);
      usulRepository.setStatus(first, UsulStatus.DITOLAK, "TMS: ijazah tidak sesuai formasi");

      assertThat(submit(BATANG, completeUsul(JenisAsn.PNS, nomorPeserta)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
  }

  @Test
  void aProcessThatFailsToStartLeavesNoUsulBehind() {
    String nomorPeserta = newNomorPeserta();
    doThrow(new IllegalStateException("engine unavailable")).when(workflow).submitted(any());

    ResponseEntity<JsonNode> response = submit(BATANG, completeUsul(JenisAsn.PNS, nomorPeserta));

    assertThat(response.getStatusCode().is5xxServerError()).isTrue();
    assertThat(usulRepository.findUnfinishedByNomorPeserta(nomorPeserta)).isEmpty();

    reset(workflow);
    assertThat(submit(BATANG, completeUsul(JenisAsn.PNS, nomorPeserta)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }
}
