package id.asn.workflow.pertek.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.kernel.document.ContentHash;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.kernel.document.StoredDocument;
import id.asn.workflow.pertek.TestDocuments;
import id.asn.workflow.pertek.UsulApiTestSupport;
import id.asn.workflow.pertek.UsulNi;
import id.asn.workflow.pertek.UsulStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

class UsulCorrectionApiTest extends UsulApiTestSupport {

  @Autowired
  DocumentStore documentStore;

  private String nomorPeserta;
  private String id;

  @BeforeEach
  void aUsulSentBackForCorrection() {
    nomorPeserta = newNomorPeserta();
    id = submitted(BATANG, JenisAsn.PNS, nomorPeserta);
    usulRepository.setStatus(id, UsulStatus.PERBAIKAN, "BTS: ijazah belum dilegalisir");
    Mockito.clearInvocations(workflow, usulRepository);
  }

  @Test
  void aCorrectedDocumentBecomesCurrentAndTheOldOneStaysOnRecord() {
    byte[] original = TestDocuments.validContent(DocumentType.IJAZAH, nomorPeserta);
    byte[] legalised = TestDocuments.pdf("ijazah dilegalisir");

    ResponseEntity<JsonNode> response = correct(BATANG, id, new Upload().document(DocumentType.IJAZAH, legalised));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("status").asText()).isEqualTo("VERIFIKASI");
    verify(workflow).corrected(id);
    assertThat(as(BATANG).getForEntity("/api/usul-ni/" + id + "/dokumen/IJAZAH", byte[].class).getBody())
        .isEqualTo(legalised);
    assertThat(documentRepository.versions(id, DocumentType.IJAZAH))
        .extracting(StoredDocument::sha256, StoredDocument::berlaku)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ContentHash.sha256(legalised), true),
            org.assertj.core.groups.Tuple.tuple(ContentHash.sha256(original), false));
    assertThat(documentStore.get(ContentHash.sha256(original))).isEqualTo(original);
    assertThat(documentRepository.versions(id, DocumentType.DRH)).hasSize(1);
  }

  @Test
  void correctedDataReplacesTheCandidatesData() {
    UsulForm form = TestDocuments.form(JenisAsn.PNS, nomorPeserta);
    UsulForm corrected = new UsulForm(form.jenisAsn(), null, form.nik(), "Siti Aminah Lestari", form.tempatLahir(),
        form.tanggalLahir(), form.jenisKelamin(), form.pendidikan(), form.jabatan(), form.unitKerja(), form.tmt(),
        form.agama());

    ResponseEntity<JsonNode> response = correct(BATANG, id, new Upload().data(corrected));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    UsulNi usul = usulRepository.findById(id).orElseThrow();
    assertThat(usul.nama()).isEqualTo("Siti Aminah Lestari");
    assertThat(usul.nomorPeserta()).isEqualTo(nomorPeserta);
    assertThat(usul.status()).isEqualTo(UsulStatus.VERIFIKASI);
    verify(workflow).corrected(id);
  }

  @Test
  void aCorrectionToPppkMustBringTheCalonPppkDecree() {
    ResponseEntity<JsonNode> refused = correct(BATANG, id,
        new Upload().data(TestDocuments.form(JenisAsn.PPPK, nomorPeserta)));

    assertThat(problems(refused)).containsExactly("SK_CALON_PPPK: wajib diunggah");

    ResponseEntity<JsonNode> accepted = correct(BATANG, id, new Upload()
        .data(TestDocuments.form(JenisAsn.PPPK, nomorPeserta))
        .document(DocumentType.SK_CALON_PPPK, TestDocuments.pdf("sk calon pppk")));

    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(usulRepository.findById(id).orElseThrow().jenisAsn()).isEqualTo(JenisAsn.PPPK);
  }

  @Nested
  class Refusals {

    @ParameterizedTest
    @EnumSource(value = UsulStatus.class, names = "PERBAIKAN", mode = EnumSource.Mode.EXCLUDE)
    void onlyAUsulAwaitingCorrectionTakesOne(UsulStatus status) {
      usulRepository.setStatus(id, status, null);

      ResponseEntity<JsonNode> response = correct(BATANG, id,
          new Upload().document(DocumentType.IJAZAH, TestDocuments.pdf("too late")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(response.getBody().get("detail").asText()).contains(status.name(), "PERBAIKAN");
      assertThat(documentRepository.versions(id, DocumentType.IJAZAH)).hasSize(1);
      verifyNoInteractions(workflow);
    }

    @Test
    void theParticipantNumberCannotChange() {
      ResponseEntity<JsonNode> response = correct(BATANG, id,
          new Upload().data(TestDocuments.form(JenisAsn.PNS, newNomorPeserta())));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).singleElement().asString().startsWith("nomorPeserta: tidak dapat diubah");
      assertStillAwaitingCorrection();
    }

    @Test
    void anInvalidDocumentStoresNothing() {
      ResponseEntity<JsonNode> response = correct(BATANG, id, new Upload()
          .document(DocumentType.PERNYATAAN_PENEMPATAN, TestDocuments.pdf("pernyataan baru"))
          .document(DocumentType.IJAZAH, TestDocuments.jpeg("not a pdf")));

      assertThat(problems(response)).containsExactly("IJAZAH: bukan berkas PDF (isi berkas diperiksa, bukan namanya)");
      assertThat(documentRepository.versions(id, DocumentType.PERNYATAAN_PENEMPATAN)).hasSize(1);
      assertStillAwaitingCorrection();
    }

    @Test
    void anEmptyCorrectionIsRefused() {
      ResponseEntity<JsonNode> response = correct(BATANG, id, new Upload());

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(problems(response)).singleElement().asString().startsWith("data: perbaikan kosong");
      assertStillAwaitingCorrection();
    }

    @Test
    void anotherInstansiIsToldTheUsulDoesNotExist() {
      ResponseEntity<JsonNode> response = correct(PEKALONGAN, id,
          new Upload().document(DocumentType.IJAZAH, TestDocuments.pdf("foreign")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertStillAwaitingCorrection();
    }

    @Test
    void theKanregDoesNotCorrectForTheInstansi() {
      ResponseEntity<JsonNode> response = correct("pemroses1", id,
          new Upload().document(DocumentType.IJAZAH, TestDocuments.pdf("by kanreg")));

      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
      assertStillAwaitingCorrection();
    }

    private void assertStillAwaitingCorrection() {
      assertThat(usulRepository.findById(id).orElseThrow().status()).isEqualTo(UsulStatus.PERBAIKAN);
      verifyNoInteractions(workflow);
    }
  }
}
