package id.asn.workflow.pertek;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.asn.workflow.demo.DemoUsers;
import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.intake.UsulForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The whole application on a random port with H2 in memory and the demo users. The process is replaced
 * by a mock of its port, so each test sees exactly when the intake starts or resumes it. Every test class
 * extending this shares one application context. Its engine has a name of its own and no webapps: Camunda finds
 * engines by name in a static registry, and a second "default" would answer the engine REST API and webapp
 * requests of the other test context (AppTest) living in the same JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:intake;DB_CLOSE_DELAY=-1",
    "app.data-dir=target/test-data/intake",
    "camunda.bpm.process-engine-name=intake",
    "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles("demo")
public abstract class UsulApiTestSupport {

  public static final String BATANG = "operatorbatang";
  public static final String PEKALONGAN = "operatorpekalongan";

  private static final AtomicLong PARTICIPANTS = new AtomicLong(24_110_320_110_000L);

  @MockitoBean
  protected UsulWorkflow workflow;

  /** Real, but a test may make it miss a participant's unfinished usul to reach the database's own guard. */
  @MockitoSpyBean
  protected UsulRepository usulRepository;

  @Autowired
  protected TestRestTemplate rest;

  @Autowired
  protected UsulDocumentRepository documentRepository;

  protected static String newNomorPeserta() {
    return String.valueOf(PARTICIPANTS.incrementAndGet());
  }

  protected TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, DemoUsers.PASSWORD);
  }

  /** The parts of a multipart usul or correction, in the order given. */
  public static final class Upload {

    private final MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();

    public Upload data(String json) {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.APPLICATION_JSON);
      parts.add("data", new HttpEntity<>(json, headers));
      return this;
    }

    public Upload data(UsulForm form) {
      return data(TestDocuments.json(form));
    }

    public Upload document(DocumentType type, byte[] content) {
      return part(type.name(), type.name().toLowerCase() + (type.format() == DocumentType.Format.JPEG ? ".jpg" : ".pdf"),
          content);
    }

    public Upload documents(Map<DocumentType, byte[]> documents) {
      documents.forEach(this::document);
      return this;
    }

    public Upload part(String name, String fileName, byte[] content) {
      // the multipart writer takes a part's file name from its resource
      parts.add(name, new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
      return this;
    }

    public HttpEntity<MultiValueMap<String, Object>> entity() {
      HttpHeaders headers = new HttpHeaders();
      headers.setContentType(MediaType.MULTIPART_FORM_DATA);
      return new HttpEntity<>(parts, headers);
    }
  }

  /** A valid usul: the contract's example data and every required document. */
  protected static Upload completeUsul(JenisAsn jenisAsn, String nomorPeserta) {
    return new Upload()
        .data(TestDocuments.form(jenisAsn, nomorPeserta))
        .documents(TestDocuments.requiredDocuments(jenisAsn, nomorPeserta));
  }

  protected ResponseEntity<JsonNode> submit(String user, Upload upload) {
    return as(user).postForEntity("/api/usul-ni", upload.entity(), JsonNode.class);
  }

  protected ResponseEntity<JsonNode> correct(String user, String usulId, Upload upload) {
    return as(user).postForEntity("/api/usul-ni/" + usulId + "/perbaikan", upload.entity(), JsonNode.class);
  }

  protected ResponseEntity<JsonNode> get(String user, String path) {
    return as(user).getForEntity(path, JsonNode.class);
  }

  /** Submits a valid usul as the user and returns its id. */
  protected String submitted(String user, JenisAsn jenisAsn, String nomorPeserta) {
    ResponseEntity<JsonNode> response = submit(user, completeUsul(jenisAsn, nomorPeserta));
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.CREATED);
    return response.getBody().get("id").asText();
  }

  protected String submittedByBatang() {
    return submitted(BATANG, JenisAsn.PNS, newNomorPeserta());
  }

  /** The {field, reason} pairs of a problem detail, as "field: reason". */
  protected static List<String> problems(ResponseEntity<JsonNode> response) {
    List<String> problems = new ArrayList<>();
    JsonNode errors = response.getBody() == null ? null : response.getBody().get("errors");
    if (errors != null) {
      errors.forEach(e -> problems.add(e.get("field").asText() + ": " + e.get("reason").asText()));
    }
    return problems;
  }

  /** One field of every item of a page, in order. */
  protected static List<String> itemValues(ResponseEntity<JsonNode> page, String field) {
    List<String> values = new ArrayList<>();
    page.getBody().get("items").forEach(item -> values.add(item.get(field).asText()));
    return values;
  }
}
