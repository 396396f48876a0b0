package id.asn.workflow.web;

import id.asn.workflow.support.RawHttp;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The administrators' calendar changes (PUT a year, PUT or DELETE a day) with JSON bodies and path values
 * that must be refused: broken JSON, wrong types, too long or control-character text, wrong content types.
 * A year or day they aim at is never one a valid request could change without notice: the test compares the
 * whole calendar before and after.
 */
final class BadCalendarChanges {

  private static final int FREE_YEAR = 2095;

  private final Random random;
  private final FuzzTargets targets;

  BadCalendarChanges(Random random, FuzzTargets targets) {
    this.random = random;
    this.targets = targets;
  }

  FuzzCase next() {
    return switch (random.nextInt(3)) {
      case 0 -> replaceYear();
      case 1 -> saveDay();
      default -> deleteDay();
    };
  }

  private FuzzCase replaceYear() {
    BadJson day = new BadJson().putText("tanggal", FREE_YEAR + "-01-01").putText("jenis", "LIBUR_NASIONAL")
        .putText("keterangan", "Tahun Baru");
    BadJson year = new BadJson().putText("dasarHukum", "SKB uji").put("hari", "[" + day.text() + "]");
    String tahun = String.valueOf(FREE_YEAR);
    String defect;
    switch (random.nextInt(6)) {
      case 0 -> {
        tahun = random.nextBoolean() ? badInt() : Junk.pick(random, List.of("1999", "2101", "-1", "0", "2147483647"));
        defect = "tahun " + tahun;
      }
      case 1 -> {
        String field = Junk.pick(random, List.of("tanggal", "jenis", "keterangan"));
        badDayField(day, field);
        year.put("hari", Junk.pick(random, List.of("[" + day.text() + "]", "[" + day.text() + ",null]")));
        defect = "hari[0]." + field;
      }
      case 2 -> {
        year.put("hari", Junk.pick(random, List.of("\"2095-01-01\"", "1", "[1]", "[[]]", "[null]", "{\"tanggal\":\"2095-01-01\"}",
            "[{\"tanggal\":\"2094-12-31\",\"jenis\":\"LIBUR_NASIONAL\",\"keterangan\":\"x\"}]")));
        defect = "hari";
      }
      case 3 -> {
        badText(year, "dasarHukum", 500);
        defect = "dasarHukum";
      }
      default -> {
        return withBody("PUT", "/api/kalender/tahun/" + tahun, year, "hari", "tahun");
      }
    }
    return put("/api/kalender/tahun/" + tahun, year.bytes(), "application/json", "tahun: " + defect);
  }

  private FuzzCase saveDay() {
    LocalDate free = freeDayOfARegisteredYear();
    BadJson day = new BadJson().putText("jenis", "CUTI_BERSAMA").putText("keterangan", "Uji").putText("dasarHukum", "SKB uji");
    switch (random.nextInt(5)) {
      case 0 -> {
        String tanggal = Junk.encode(Junk.pick(random, Junk.NOT_DATES));
        return put("/api/kalender/libur/" + tanggal, day.bytes(), "application/json", "libur " + tanggal);
      }
      case 1, 2 -> {
        String field = Junk.pick(random, List.of("jenis", "keterangan", "dasarHukum"));
        badDayField(day, field);
        return put("/api/kalender/libur/" + free, day.bytes(), "application/json", "libur " + field);
      }
      default -> {
        return withBody("PUT", "/api/kalender/libur/" + free, day, "jenis", "libur");
      }
    }
  }

  private FuzzCase deleteDay() {
    String tanggal = switch (random.nextInt(3)) {
      case 0 -> Junk.encode(Junk.pick(random, Junk.NOT_DATES));
      case 1 -> FREE_YEAR + "-08-17";
      default -> freeDayOfARegisteredYear().toString();
    };
    String user = random.nextInt(5) == 0 ? "pemroses1" : "admin";
    return FuzzCase.of("DELETE libur " + tanggal + " as " + user, new RawHttp.Request("DELETE", "/api/kalender/libur/" + tanggal)
        .header("Authorization", RawHttp.basic(user, "rahasia")));
  }

  /** The body broken as JSON, or sent with a type that is not JSON, or sent by someone who may not change it. */
  private FuzzCase withBody(String method, String path, BadJson json, String key, String what) {
    switch (random.nextInt(4)) {
      case 0 -> {
        String type = Junk.pick(random, List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "text/json", "application/jsonx", ""));
        return put(path, json.bytes(), type, what + " as " + type);
      }
      case 1 -> {
        return FuzzCase.of(method + " " + what + " by a non-administrator", new RawHttp.Request(method, path)
            .header("Authorization", RawHttp.basic(Junk.pick(random, List.of("pemroses1", "operatorbatang", "pengawas1")),
                "rahasia"))
            .header("Content-Type", "application/json").body(json.bytes()));
      }
      case 2 -> {
        return put(path, new byte[0], "application/json", what + " empty body");
      }
      default -> {
        BadJson.Broken broken = BadJson.broken(random, json, key);
        return put(path, broken.bytes(), "application/json", what + ": " + broken.how());
      }
    }
  }

  private void badDayField(BadJson day, String field) {
    switch (field) {
      case "tanggal" -> day.put("tanggal", Junk.pick(random, List.of(BadJson.quote(Junk.pick(random, Junk.NOT_DATES)),
          "null", "20950101", "{}", "\"2094-12-31\"")));
      case "jenis" -> day.put("jenis", Junk.pick(random, List.of("\"LIBUR\"", "\"libur_nasional\"", "null", "1", "[]",
          BadJson.quote(new String(Junk.value(random), StandardCharsets.UTF_8)))));
      default -> badText(day, field, field.equals("keterangan") ? 200 : 500);
    }
  }

  /** Text a calendar field must refuse: missing, blank, longer than its column, or with control characters. */
  private void badText(BadJson json, String field, int max) {
    switch (random.nextInt(4)) {
      case 0 -> json.remove(field);
      case 1 -> json.putText(field, Junk.pick(random, List.of("", "   ", "\t")));
      case 2 -> json.putText(field, Junk.longText(random, max + 1 + random.nextInt(20_000)));
      default -> json.putText(field, Junk.pick(random, List.of("Uji\u0000", "Uji\u202Etlas", "Uji\uD800", "Uji\u0007")));
    }
  }

  private LocalDate freeDayOfARegisteredYear() {
    int year = Junk.pick(random, targets.years().stream().sorted().toList());
    LocalDate day;
    do {
      day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    } while (targets.daysOff().contains(day));
    return day;
  }

  private String badInt() {
    return Junk.encode(Junk.pick(random, Junk.NOT_INTS));
  }

  private FuzzCase put(String path, byte[] body, String contentType, String label) {
    return FuzzCase.of("PUT " + label + " as admin", new RawHttp.Request("PUT", path)
        .header("Authorization", RawHttp.basic("admin", "rahasia"))
        .header("Content-Type", contentType)
        .body(body));
  }
}
