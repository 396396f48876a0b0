package id.asn.workflow.engine;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Builds usul NI submissions as an instansi's system would send them. */
public final class PertekFixtures {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
      0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};

  private PertekFixtures() {}

  public record Candidate(String jenisAsn, LocalDate tanggalLahir, String jenisKelamin, LocalDate tmt, String pendidikan,
      String jabatan, String nomorPeserta) {

    public static Candidate pns() {
      return new Candidate("PNS", LocalDate.of(1998, 5, 17), "P", LocalDate.of(2025, 6, 1), "S1",
          "Analis Kebijakan Ahli Pertama", uniqueNumber());
    }

    static Candidate pppk() {
      return new Candidate("PPPK", LocalDate.of(1990, 2, 3), "L", LocalDate.of(2025, 3, 1), "S1",
          "Guru Ahli Pertama", uniqueNumber());
    }

    /** A NIK that agrees with the birth date and gender: DDMMYY, 40 added to the day for women. */
    String nik() {
      int day = tanggalLahir.getDayOfMonth() + ("P".equals(jenisKelamin) ? 40 : 0);
      return "332501" + String.format("%02d", day) + tanggalLahir.format(DateTimeFormatter.ofPattern("MMyy")) + "0001";
    }

    Map<String, Object> data() {
      return Map.ofEntries(Map.entry("jenisAsn", jenisAsn), Map.entry("nomorPeserta", nomorPeserta),
          Map.entry("nik", nik()), Map.entry("nama", "Siti Aminah"), Map.entry("tempatLahir", "Batang"),
          Map.entry("tanggalLahir", tanggalLahir.toString()), Map.entry("jenisKelamin", jenisKelamin),
          Map.entry("pendidikan", pendidikan), Map.entry("jabatan", jabatan),
          Map.entry("unitKerja", "Badan Perencanaan Pembangunan Daerah"), Map.entry("tmt", tmt.toString()),
          Map.entry("agama", "ISLAM"));
    }
  }

  static String uniqueNumber() {
    return String.valueOf(ThreadLocalRandom.current().nextLong(10_000_000_000_000L, 99_999_999_999_999L));
  }

  static MultiValueMap<String, Object> submission(Candidate candidate) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("data", new HttpEntity<>(candidate.data(), json));
    parts.add("PAS_FOTO", file("foto.jpg", JPEG));
    for (String type : new String[] {"SURAT_LAMARAN", "IJAZAH", "DRH", "SURAT_PERNYATAAN", "SKCK",
        "SURAT_SEHAT", "BEBAS_NAPZA", "PERNYATAAN_PENEMPATAN"}) {
      parts.add(type, file(type.toLowerCase() + ".pdf", PDF));
    }
    if ("PPPK".equals(candidate.jenisAsn())) {
      parts.add("SK_CALON_PPPK", file("sk.pdf", PDF));
    }
    return parts;
  }

  static HttpEntity<ByteArrayResource> file(String name, byte[] bytes) {
    return new HttpEntity<>(new ByteArrayResource(bytes) {
      @Override
      public String getFilename() {
        return name;
      }
    });
  }

  /** Submits as the operator of Kabupaten Batang and returns the new usul's id. */
  public static String submit(TestRestTemplate rest, Candidate candidate) {
    return submit(rest, candidate, "operatorbatang");
  }

  /** Submits as the given instansi operator and returns the new usul's id. */
  public static String submit(TestRestTemplate rest, Candidate candidate, String operator) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<Map> response = rest.withBasicAuth(operator, "rahasia")
        .postForEntity("/api/usul-ni", new HttpEntity<>(submission(candidate), headers), Map.class);
    if (!response.getStatusCode().is2xxSuccessful()) {
      throw new AssertionError("submission refused: " + response.getStatusCode() + " " + response.getBody());
    }
    return (String) response.getBody().get("id");
  }
}
