package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.AppTest;
import id.asn.workflow.engine.PertekTestClient;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * The headers that keep personal data out of caches, frames, other sites and content sniffing: on /api answers
 * (JSON, documents, refusals) and on the webapps, whose Content-Security-Policy is Camunda's own.
 */
@AppTest
class SecurityHeadersTest {

  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;

  @Test
  void aUsulAndItsDocumentsAreNeitherCachedFramedNorSniffed() {
    String usulId = PertekTestClient.submitAndPreCheck(rest, runtimeService, managementService);

    assertStrictApiHeaders(rest.withBasicAuth("operatorbatang", "rahasia").getForEntity("/api/usul-ni/" + usulId, String.class));
    ResponseEntity<byte[]> document = rest.withBasicAuth("operatorbatang", "rahasia")
        .getForEntity("/api/usul-ni/" + usulId + "/dokumen/IJAZAH", byte[].class);
    assertStrictApiHeaders(document);
    assertThat(document.getHeaders().getCacheControl()).contains("private");
    assertThat(document.getHeaders().get("Content-Security-Policy")).as("one policy, the document's")
        .singleElement().asString().contains("object-src 'self'");
  }

  @Test
  void aRefusalCarriesTheSameHeaders() {
    assertStrictApiHeaders(rest.getForEntity("/api/usul-ni", String.class));
    assertStrictApiHeaders(rest.withBasicAuth("panitia1", "rahasia").getForEntity("/api/usul-ni", String.class));
  }

  @Test
  void theWebappsHaveCamundasContentSecurityPolicyAndOurOtherHeaders() {
    HttpHeaders page = rest.getForEntity("/camunda/app/tasklist/default/", String.class).getHeaders();

    assertThat(page.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'", "object-src 'none'");
    assertThat(page.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(page.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    assertThat(page.getFirst("Referrer-Policy")).isEqualTo("same-origin");
  }

  @Test
  void theEngineRestApiIsNotSniffedAndAlwaysRevalidated() {
    HttpHeaders headers = rest.withBasicAuth("pemroses1", "rahasia").getForEntity("/engine-rest/task", String.class)
        .getHeaders();

    // Camunda sets its own Cache-Control on the engine REST API
    assertThat(headers.getCacheControl()).contains("no-cache");
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
  }

  private static void assertStrictApiHeaders(ResponseEntity<?> response) {
    HttpHeaders headers = response.getHeaders();
    assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
    assertThat(headers.getCacheControl()).contains("no-store");
    assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'");
    assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("no-referrer");
  }
}
