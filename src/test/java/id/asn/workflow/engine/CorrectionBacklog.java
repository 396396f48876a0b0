package id.asn.workflow.engine;

import static id.asn.workflow.pertek.PertekProcess.*;

import id.asn.workflow.pertek.UsulRepository;
import id.asn.workflow.engine.PertekFixtures.Candidate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * PPPK usul returned to their instansi (BTS) on 2 December 2026, so that each waits for a correction whose 25
 * working days end in January 2027, counted on the provisional calendar; and the 2027 decree that moves them.
 */
final class CorrectionBacklog {

  /** The last day on the provisional calendar and with {@link #DECREE_2027} (see DeadlineRetimingTest). */
  static final String PROVISIONAL_LAST_DAY = "2027-01-13";
  static final String DECREED_LAST_DAY = "2027-01-12";

  static final Map<String, Object> DECREE_2027 = Map.of("dasarHukum", "SKB contoh 2027", "hari", List.of(
      Map.of("tanggal", "2027-01-01", "jenis", "LIBUR_NASIONAL", "keterangan", "Tahun Baru 2027 Masehi"),
      Map.of("tanggal", "2027-01-06", "jenis", "LIBUR_NASIONAL", "keterangan", "Isra Mikraj Nabi Muhammad SAW")));

  private final PertekDriver driver;
  private final TestRestTemplate rest;

  CorrectionBacklog(ProcessEngine engine, TestRestTemplate rest, UsulRepository usuls) {
    this.driver = new PertekDriver(engine, rest, usuls);
    this.rest = rest;
  }

  /** {@code count} usul submitted, pre-checked and returned with BTS; the clock must stand on 2 December 2026. */
  List<ProcessInstance> returned(int count) {
    List<ProcessInstance> instances = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ProcessInstance instance = driver.submitted(Candidate.pppk());
      driver.verify("pemroses1", instance, "BTS", "Surat lamaran belum ditandatangani");
      instances.add(instance);
    }
    return instances;
  }

  ResponseEntity<Map> enterDecree2027() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth("admin", "rahasia").exchange("/api/kalender/tahun/2027", HttpMethod.PUT,
        new HttpEntity<>(DECREE_2027, headers), Map.class);
  }
}
