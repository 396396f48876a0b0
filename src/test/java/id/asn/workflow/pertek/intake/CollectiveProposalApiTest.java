package id.asn.workflow.pertek.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.CollectiveProposalRepository;
import id.asn.workflow.pertek.TestDocuments;
import id.asn.workflow.pertek.UsulApiTestSupport;
import id.asn.workflow.pertek.UsulStatus;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A collective proposal's covering letter and nominative list, and the usul sent in it (Lampiran I VI.A.4.a). */
class CollectiveProposalApiTest extends UsulApiTestSupport {

  private static final String LETTER = """
      {"jenisAsn": "PNS", "nomorSurat": "800/123/BKPSDM/2025", "tanggalSurat": "2025-05-20",
       "pejabatNama": "Drs. Suharto", "pejabatNip": "197001011995031001",
       "pejabatJabatan": "Kepala Badan Kepegawaian dan Pengembangan SDM", "tingkatJabatan": "%s"}""";

  private static final byte[] LETTER_PDF = TestDocuments.pdf("Surat pengantar usul penetapan NIP");

  @Autowired CollectiveProposalRepository repository;

  private static ByteArrayResource file(byte[] content, String name) {
    return new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    };
  }

  private ResponseEntity<JsonNode> propose(String user, String tingkat, byte[] surat, String daftar) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("pengantar", new HttpEntity<>(LETTER.formatted(tingkat), json));
    if (surat != null) {
      parts.add("SURAT_PENGANTAR", file(surat, "surat.pdf"));
    }
    parts.add("DAFTAR_NOMINATIF", file(daftar.getBytes(StandardCharsets.UTF_8), "daftar.csv"));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return as(user).postForEntity("/api/usul-ni-kolektif", new HttpEntity<>(parts, headers), JsonNode.class);
  }

  private static Upload usulIn(String kolektif, String nomorPeserta) {
    String json = TestDocuments.json(TestDocuments.form(JenisAsn.PNS, nomorPeserta));
    return new Upload().data(json.substring(0, json.lastIndexOf('}')) + ", \"usulKolektif\": \"" + kolektif + "\"}")
        .documents(TestDocuments.requiredDocuments(JenisAsn.PNS, nomorPeserta));
  }

  @Test
  void eachListedCandidateBecomesOneUsulKeptWithTheLetterAndTheList() {
    String first = newNomorPeserta();
    String second = newNomorPeserta();
    ResponseEntity<JsonNode> created = propose(BATANG, "JPT_PRATAMA", LETTER_PDF,
        "nomorPeserta,nama\n" + first + ",Siti Aminah\n" + second + ",Rina Lestari\n");
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String id = created.getBody().get("proposal").get("id").asText();
    assertThat(created.getBody().get("proposal").get("peserta").size()).isEqualTo(2);

    ResponseEntity<JsonNode> usul = submit(BATANG, usulIn(id, first));
    assertThat(usul.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String usulId = usul.getBody().get("id").asText();
    assertThat(repository.ofUsul(usulId)).hasValueSatisfying(p -> assertThat(p.nomorSurat())
        .isEqualTo("800/123/BKPSDM/2025"));
    JsonNode detail = get("pemroses1", "/api/usul-ni-kolektif/" + id).getBody();
    assertThat(detail.get("usul").get(first).asText()).isEqualTo(usulId);
    ResponseEntity<byte[]> letter = as("pemroses1").getForEntity("/api/usul-ni-kolektif/" + id + "/surat-pengantar.pdf",
        byte[].class);
    assertThat(letter.getBody()).isEqualTo(LETTER_PDF);
    assertThat(get(PEKALONGAN, "/api/usul-ni-kolektif/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void aCandidateNotOnTheListIsRefusedNamingTheField() {
    ResponseEntity<JsonNode> created = propose(BATANG, "PPK", LETTER_PDF,
        "nomorPeserta,nama\n" + newNomorPeserta() + ",Siti Aminah\n");
    String id = created.getBody().get("proposal").get("id").asText();

    ResponseEntity<JsonNode> usul = submit(BATANG, usulIn(id, newNomorPeserta()));

    assertThat(usul.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(usul)).singleElement().asString().startsWith("usulKolektif: peserta ")
        .endsWith("tidak tercantum dalam daftar nominatif surat 800/123/BKPSDM/2025");
    assertThat(problems(submit(PEKALONGAN, usulIn(id, newNomorPeserta())))).singleElement().asString()
        .contains("tidak ada pada instansi ini");
  }

  @Test
  void aLetterBelowJptPratamaWithoutItsPdfOrWithABadListIsRefusedWithEveryReason() {
    String nomor = newNomorPeserta();
    ResponseEntity<JsonNode> refused = propose(BATANG, "KEPALA_BIDANG", null,
        "nomorPeserta,nama\n" + nomor + ",Siti\n" + nomor + ",Siti lagi\n");

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(refused)).anySatisfy(p -> assertThat(p).startsWith("tingkatJabatan: surat pengantar ditandatangani"))
        .contains("SURAT_PENGANTAR: wajib dikirim (PDF)")
        .anySatisfy(p -> assertThat(p).startsWith("DAFTAR_NOMINATIF: baris 3").contains("tercantum dua kali"));
  }

  @Test
  void aCorrectionCannotMoveAUsulIntoACollectiveProposal() {
    String nomor = newNomorPeserta();
    String id = propose(BATANG, "PPK", LETTER_PDF, "nomorPeserta,nama\n" + nomor + ",Siti Aminah\n").getBody()
        .get("proposal").get("id").asText();
    String usulId = submitted(BATANG, JenisAsn.PNS, nomor);
    usulRepository.setStatus(usulId, UsulStatus.PERBAIKAN, "Ijazah belum dilegalisir");

    ResponseEntity<JsonNode> corrected = correct(BATANG, usulId, usulIn(id, nomor));

    assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(problems(corrected)).singleElement().asString().startsWith("usulKolektif: ");
    assertThat(repository.ofUsul(usulId)).isEmpty();
  }
}
