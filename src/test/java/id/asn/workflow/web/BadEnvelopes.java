package id.asn.workflow.web;

import id.asn.workflow.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * What surrounds a request rather than its content: credentials that are missing or malformed, methods and
 * paths that do not exist, Accept headers nobody can satisfy, path tricks. (Never a demo user with a wrong
 * password: that would lock the account the other tests use.)
 */
final class BadEnvelopes {

  private static final List<String> ENDPOINTS = List.of("/api/usul-ni", "/api/notifikasi", "/api/kalender/libur?tahun=2025",
      "/api/kalender/hari-kerja?mulai=2025-03-24&tambah=1", "/api/sla/pelanggaran", "/api/kalender/tahun");

  private final Random random;
  private final FuzzTargets targets;

  BadEnvelopes(Random random, FuzzTargets targets) {
    this.random = random;
    this.targets = targets;
  }

  FuzzCase next() {
    return switch (random.nextInt(6)) {
      case 0, 1 -> credentials();
      case 2 -> method();
      case 3 -> unknownPath();
      case 4 -> accept();
      default -> pathTrick();
    };
  }

  private FuzzCase credentials() {
    String endpoint = Junk.pick(random, ENDPOINTS);
    String authorization = Junk.pick(random, List.of("", "Basic", "Basic ", "Basic !!!!", "Basic YWJj", "Bearer abc.def.ghi",
        "Digest username=\"admin\"", RawHttp.basic("penyusup", "rahasia"), RawHttp.basic("", ""),
        RawHttp.basic("admin\u0000", "rahasia"), RawHttp.basic("ADMIN ", "rahasia"),
        RawHttp.basic("x".repeat(2_000), "y"), "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':', 'a'}),
        "basic " + Base64.getEncoder().encodeToString("penyusup:x".getBytes(StandardCharsets.UTF_8)), "NONE"));
    RawHttp.Request request = new RawHttp.Request("GET", endpoint);
    if (random.nextInt(6) > 0) {
      request.header("Authorization", authorization);
    }
    return FuzzCase.of("credentials '" + shorten(authorization) + "' on " + endpoint, request);
  }

  private FuzzCase method() {
    String[] target = Junk.pick(random, List.of(new String[] {"PATCH", "/api/usul-ni"}, new String[] {"DELETE", "/api/usul-ni"},
        new String[] {"PUT", "/api/usul-ni/" + targets.verifikasiId()}, new String[] {"DELETE", "/api/usul-ni/" + targets.verifikasiId()},
        new String[] {"POST", "/api/notifikasi"}, new String[] {"GET", "/api/usul-ni/" + targets.perbaikanId() + "/perbaikan"},
        new String[] {"POST", "/api/kalender/libur?tahun=2025"}, new String[] {"DELETE", "/api/sla/pelanggaran"},
        new String[] {"TRACE", "/api/usul-ni"}, new String[] {"PROPFIND", "/api/usul-ni"}, new String[] {"POST", "/api/usul-ni/"
            + targets.verifikasiId() + "/dokumen/IJAZAH"}));
    return FuzzCase.of(target[0] + " " + target[1], new RawHttp.Request(target[0], target[1])
        .header("Authorization", RawHttp.basic("operatorbatang", "rahasia"))
        .header("Content-Type", "application/json").body("{}".getBytes(StandardCharsets.UTF_8)));
  }

  private FuzzCase unknownPath() {
    String path = Junk.pick(random, List.of("/api", "/api/", "/api/tidak-ada", "/api/usul-ni/" + targets.verifikasiId() + "/lain",
        "/api/usul-ni/" + targets.verifikasiId() + "/dokumen", "/api/kalender", "/api/sla", "/api/usul-ni.json",
        "/api/usul-ni/" + targets.verifikasiId() + "/dokumen/IJAZAH/x", "/api/pertek/" + targets.verifikasiId() + ".pdf"));
    return FuzzCase.of("GET unknown " + path, new RawHttp.Request("GET", path)
        .header("Authorization", RawHttp.basic("pemroses1", "rahasia")));
  }

  /** A refused request whose client accepts nothing a problem detail can be: it still gets one. */
  private FuzzCase accept() {
    String accept = Junk.pick(random, List.of("image/png", "text/html", "application/xml", "text/csv", "*/*;q=x", "ü/ü",
        "application/json;q=0", ""));
    String target = Junk.pick(random, List.of("/api/usul-ni/" + java.util.UUID.randomUUID(), "/api/usul-ni?size=0",
        "/api/kalender/libur?tahun=abc"));
    return FuzzCase.of("GET " + target + " accepting '" + accept + "'", new RawHttp.Request("GET", target)
        .header("Authorization", RawHttp.basic("operatorbatang", "rahasia")).header("Accept", accept));
  }

  /**
   * Paths a file server might resolve outside its root. Tomcat refuses malformed URIs before any application code
   * runs (its error report is a problem detail too, web.ProblemErrorReportValve); Spring Security's firewall
   * refuses encoded slashes, dots, percent signs and semicolons.
   */
  private FuzzCase pathTrick() {
    String id = targets.verifikasiId();
    String path = Junk.pick(random, List.of(
        "/api/usul-ni/" + id + "/dokumen/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/usul-ni/" + id + "/dokumen/%2e%2e/%2e%2e/etc/passwd",
        "/api/usul-ni/" + id + "/dokumen/IJAZAH;x=1",
        "/api/usul-ni/" + id + "/dokumen/IJAZAH%3Bx",
        "/api/usul-ni//" + id,
        "/api/usul-ni/" + id + "/dokumen/IJAZAH%00.pdf",
        "/api/usul-ni/" + id + "/dokumen/%252e%252e%252fetc",
        "/api/usul-ni/" + id + "/dokumen/..%5C..%5Cwin.ini",
        "/api/usul-ni/" + id + "/dokumen/\u00ff",
        "/api/usul-ni/" + id + "/dokumen/../../../../etc/passwd",
        "/api/usul-ni/%",
        "/api/usul-ni/%zz",
        "/api/usul-ni/a b",
        "/api/usul-ni/" + id + "/dokumen/IJAZAH\u0000",
        "/api/usul-ni\\..\\..\\etc\\passwd"));
    RawHttp.Request request = new RawHttp.Request("GET", path.getBytes(StandardCharsets.ISO_8859_1))
        .header("Authorization", RawHttp.basic("operatorbatang", "rahasia"));
    return FuzzCase.of("path trick " + path, request);
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
