package id.asn.workflow.pertek.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.SelectionReference;
import id.asn.workflow.pertek.TestDocuments;
import id.asn.workflow.pertek.UsulApiTestSupport;
import id.asn.workflow.pertek.UsulSelectionRepository;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** A usul may carry the selection it rests on; without it, it is accepted as before. */
class UsulSelectionReferenceApiTest extends UsulApiTestSupport {

  @Autowired UsulSelectionRepository selections;

  private static Upload withSelection(String nomorPeserta, String extra) {
    String json = TestDocuments.json(TestDocuments.form(JenisAsn.PNS, nomorPeserta));
    return new Upload().data(json.substring(0, json.lastIndexOf('}')) + ", " + extra + "}")
        .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta));
  }

  @Test
  void theReferenceIsKeptWithTheUsul() {
    ResponseEntity<JsonNode> response = submit(BATANG, withSelection(newNomorPeserta(),
        "\"periodeSeleksi\": \"KabBatang-2025\", \"kodeFormasi\": \"F1\", \"nilaiAkhir\": 412.5, \"peringkat\": 2"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(selections.find(response.getBody().get("id").asText())).contains(
        new SelectionReference("KabBatang-2025", "F1", new BigDecimal("412.5000"), 2));
  }

  @Test
  void aUsulWithoutOneIsAcceptedAsBefore() {
    ResponseEntity<JsonNode> response = submit(BATANG, completeUsul(JenisAsn.PNS, newNomorPeserta()));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(selections.find(response.getBody().get("id").asText())).isEmpty();
  }

  @Test
  void aHalfReferenceOrBadNumbersAreRefusedNamingTheFields() {
    ResponseEntity<JsonNode> response = submit(BATANG, withSelection(newNomorPeserta(),
        "\"kodeFormasi\": \"F1\", \"nilaiAkhir\": \"banyak\", \"peringkat\": 0"));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(response)).contains("nilaiAkhir: harus berupa angka, mis. 412.5",
        "peringkat: harus bilangan bulat paling kecil 1",
        "periodeSeleksi: wajib diisi bersama kodeFormasi, nilaiAkhir atau peringkat");
  }
}
