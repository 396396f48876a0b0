package id.asn.workflow.web;

import id.asn.workflow.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Reading endpoints with parameters and path values that are wrong in type, size, encoding or meaning. */
final class BadQueries {

  private static final List<String> STATUSES = List.of("VERIFIKASI", "TANDA_TANGAN", "PERBAIKAN", "DITOLAK",
      "KEDALUWARSA", "DITARIK", "SELESAI");
  private static final List<String> DOCUMENTS = List.of("PAS_FOTO", "IJAZAH", "SKCK", "PENGALAMAN_KERJA",
      "TRANSKRIP", "SK_CALON_PPPK");

  private final Random random;
  private final FuzzTargets targets;

  BadQueries(Random random, FuzzTargets targets) {
    this.random = random;
    this.targets = targets;
  }

  FuzzCase next() {
    return switch (random.nextInt(9)) {
      case 0 -> usulList();
      case 1 -> usulDetail();
      case 2 -> document();
      case 3 -> history();
      case 4 -> paged("/api/notifikasi", "operatorbatang");
      case 5 -> workingDays();
      case 6 -> daysOff();
      case 7 -> slaBreaches();
      default -> paged("/api/usul-ni", "pengawas1");
    };
  }

  private FuzzCase usulList() {
    List<String> params = new ArrayList<>();
    boolean badStatus = random.nextBoolean();
    if (badStatus) {
      params.add("status=" + Junk.encode(badStatusValue()));
    } else if (random.nextBoolean()) {
      params.add("status=" + Junk.pick(random, STATUSES));
    }
    if (!badStatus || random.nextBoolean()) {
      params.add(random.nextBoolean() ? "page=" + badInt(-1) : "size=" + badInt(0, 101, -5, Integer.MAX_VALUE));
    }
    return get("/api/usul-ni?" + String.join("&", params), "operatorbatang", "list " + params);
  }

  private byte[] badStatusValue() {
    return random.nextInt(4) == 0 ? Junk.pick(random, Junk.BROKEN_ENCODINGS)
        : Junk.pick(random, List.of("verifikasi", "VERIFIKASI ,SELESAI", "SELESAI\u0000", "BARU", "0", "-1",
            Junk.longText(random, 5_000), "VERIFIKASI;SELESAI", "[\"SELESAI\"]")).getBytes(StandardCharsets.UTF_8);
  }

  private FuzzCase paged(String path, String user) {
    String param = random.nextBoolean() ? "page=" + badInt(-1, Integer.MIN_VALUE) : "size=" + badInt(0, 101, -1);
    return get(path + "?" + param + (random.nextBoolean() ? "&page=0" : ""), user, path + " " + param);
  }

  private FuzzCase usulDetail() {
    String id = badId();
    return get("/api/usul-ni/" + id, "operatorbatang", "detail " + id);
  }

  private FuzzCase history() {
    String id = badId();
    return get("/api/usul-ni/" + id + "/riwayat", "operatorbatang", "riwayat " + id);
  }

  private FuzzCase document() {
    boolean ownUsul = random.nextBoolean();
    String id = ownUsul ? targets.verifikasiId() : badId();
    String type = ownUsul ? Junk.pick(random, List.of(Junk.encode(Junk.value(random)), "ijazah", "IJAZAH%20",
        "PENGALAMAN_KERJA", "TRANSKRIP", "SK_CALON_PPPK", "IJAZAH.pdf", "%C4%B0JAZAH"))
        : Junk.pick(random, DOCUMENTS);
    return get("/api/usul-ni/" + id + "/dokumen/" + type, "operatorbatang", "dokumen " + id + "/" + type);
  }

  /** An id that names no usul the caller may see: junk, a random UUID, or another instansi's usul. */
  private String badId() {
    return switch (random.nextInt(4)) {
      case 0 -> UUID.randomUUID().toString();
      case 1 -> targets.otherInstansiId();
      default -> Junk.encode(Junk.value(random)).replace("%2F", "_").replace("%5C", "_");
    };
  }

  private FuzzCase workingDays() {
    List<String> params = new ArrayList<>();
    // which of the two is wrong (2: both); a wrong one may also be missing
    int broken = random.nextInt(3);
    if (random.nextInt(5) > 0) {
      params.add("mulai=" + (broken == 1 ? "2025-03-24" : Junk.encode(Junk.pick(random, Junk.NOT_DATES))));
    } else if (broken == 1) {
      params.add("mulai=2025-03-24");
    }
    if (random.nextInt(5) > 0) {
      params.add("tambah=" + (broken == 0 ? "15" : badInt(-1, 3_661, Integer.MAX_VALUE, Integer.MIN_VALUE)));
    } else if (broken == 0) {
      params.add("tambah=15");
    }
    return get("/api/kalender/hari-kerja?" + String.join("&", params), "pemroses1", "hari-kerja " + params);
  }

  private FuzzCase daysOff() {
    String tahun = random.nextBoolean() ? badInt() : String.valueOf(Junk.pick(random,
        List.of(0, -1, 1900, 2101, 99_999, Integer.MAX_VALUE, Integer.MIN_VALUE)));
    String query = random.nextInt(8) == 0 ? "" : "?tahun=" + tahun;
    return get("/api/kalender/libur" + query, "operatorbatang", "libur " + query);
  }

  private FuzzCase slaBreaches() {
    if (random.nextInt(5) == 0) {
      return get("/api/sla/pelanggaran?batas=10", Junk.pick(random, List.of("operatorbatang", "pemroses1", "panitia1")),
          "pelanggaran by a non-supervisor");
    }
    String batas = badInt();
    return get("/api/sla/pelanggaran?batas=" + batas, "pengawas1", "pelanggaran batas=" + batas);
  }

  /** A value no int parameter accepts, or one of the given ints (outside the parameter's range). */
  private String badInt(int... outOfRange) {
    if (outOfRange.length > 0 && random.nextInt(3) == 0) {
      return String.valueOf(outOfRange[random.nextInt(outOfRange.length)]);
    }
    return random.nextInt(5) == 0 ? Junk.encode(Junk.pick(random, Junk.BROKEN_ENCODINGS))
        : Junk.encode(Junk.pick(random, Junk.NOT_INTS));
  }

  private FuzzCase get(String target, String user, String label) {
    return FuzzCase.of("GET " + label + " as " + user,
        new RawHttp.Request("GET", target).header("Authorization", RawHttp.basic(user, "rahasia")));
  }
}
