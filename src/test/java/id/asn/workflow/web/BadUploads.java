package id.asn.workflow.web;

import id.asn.workflow.support.RawHttp;
import id.asn.workflow.web.MultipartBody.Part;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Usul submissions and corrections with at least one defect each that the contract says must be refused:
 * broken JSON, invalid fields, documents that are not what they claim (zips disguised as PDF or JPEG, empty,
 * oversize), unknown or repeated parts, a broken multipart envelope. Harmless oddities (path tricks in file
 * names, lying part types) ride along as noise: they must not turn a refusal into a 5xx.
 */
final class BadUploads {

  static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
      .getBytes(StandardCharsets.US_ASCII);
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0,
      0, 1, 0, 1, 0, 0, (byte) 0xFF, (byte) 0xD9};
  static final List<String> REQUIRED = List.of("PAS_FOTO", "SURAT_LAMARAN", "IJAZAH", "DRH",
      "SURAT_PERNYATAAN", "SKCK", "SURAT_SEHAT", "BEBAS_NAPZA", "PERNYATAAN_PENEMPATAN");
  static final List<String> FIELDS = List.of("jenisAsn", "nomorPeserta", "nik", "nama", "tempatLahir", "tanggalLahir",
      "jenisKelamin", "pendidikan", "jabatan", "unitKerja", "tmt", "agama");

  private static final byte[] ZIP_BOMB = Junk.zipBomb(32 * 1024 * 1024);
  private static final byte[] NESTED_ZIP = nestedZip();

  private final Random random;
  private final FuzzTargets targets;
  private long participants;

  BadUploads(Random random, FuzzTargets targets) {
    this.random = random;
    this.targets = targets;
    this.participants = 90_000_000_000_000L + random.nextInt(1_000_000) * 1_000L;
  }

  /** The parts and envelope of one request while its defects are applied. */
  private final class Upload {
    final boolean correction;
    final BadJson data;
    byte[] rawData;
    boolean withData = true;
    final List<Part> documents = new ArrayList<>();
    final List<String> defects = new ArrayList<>();
    String contentType;
    Envelope envelope = Envelope.WHOLE;

    Upload(boolean correction, String nomorPeserta) {
      this.correction = correction;
      this.data = validData(nomorPeserta);
    }

    Part document(String type) {
      return documents.stream().filter(p -> p.nameText().equals(type)).findFirst().orElseGet(() -> {
        Part part = Part.file(type, type.toLowerCase() + (type.equals("PAS_FOTO") ? ".jpg" : ".pdf"),
            type.equals("PAS_FOTO") ? JPEG : PDF);
        documents.add(part);
        return part;
      });
    }

    void replace(Part old, Part with) {
      documents.set(documents.indexOf(old), with);
    }
  }

  /**
   * How the body is sent: whole, empty, cut off, replaced by garbage, or with a Content-Length that lies (more than
   * arrives, far more than the limit, less than is sent).
   */
  private enum Envelope { WHOLE, EMPTY, CUT, GARBAGE, LONGER_THAN_SENT, HUGE_DECLARED, SHORTER_THAN_SENT }

  private static final String NO_CONTENT_TYPE = "(none)";

  FuzzCase submission() {
    Upload upload = new Upload(false, String.valueOf(++participants));
    REQUIRED.forEach(upload::document);
    int defects = 1 + random.nextInt(3);
    for (int i = 0; i < defects; i++) {
      upload.defects.add(defect(upload));
    }
    return build(upload, "/api/usul-ni", user(List.of("operatorbatang"), List.of("pemroses1", "pengawas1", "panitia1")));
  }

  FuzzCase correction() {
    Upload upload = new Upload(true, targets.perbaikanNomorPeserta());
    upload.withData = random.nextInt(10) < 7;
    for (int i = random.nextInt(3); i > 0; i--) {
      upload.document(Junk.pick(random, REQUIRED));
    }
    int defects = 1 + random.nextInt(2);
    for (int i = 0; i < defects; i++) {
      upload.defects.add(defect(upload));
    }
    String id = switch (random.nextInt(10)) {
      case 0 -> UUID.randomUUID().toString();
      case 1 -> targets.otherInstansiId();
      case 2 -> targets.verifikasiId();
      default -> targets.perbaikanId();
    };
    return build(upload, "/api/usul-ni/" + id + "/perbaikan",
        user(List.of("operatorbatang"), List.of("operatorpekalongan", "pemroses1")));
  }

  private String user(List<String> usual, List<String> others) {
    return random.nextInt(10) == 0 ? Junk.pick(random, others) : Junk.pick(random, usual);
  }

  private String defect(Upload upload) {
    int kind = random.nextInt(100);
    if (kind < 30) {
      return fieldDefect(upload);
    }
    if (kind < 55) {
      return documentDefect(upload);
    }
    if (kind < 75) {
      upload.withData = true;
      BadJson.Broken broken = BadJson.broken(random, upload.data, "nama");
      upload.rawData = broken.bytes();
      return "data: " + broken.how();
    }
    if (kind < 87) {
      return partDefect(upload);
    }
    return envelopeDefect(upload);
  }

  private String fieldDefect(Upload upload) {
    upload.withData = true;
    List<String> fields = new ArrayList<>(FIELDS);
    String field = Junk.pick(random, fields);
    boolean mayBeBlank = !(upload.correction && field.equals("nomorPeserta"));
    int variant = random.nextInt(mayBeBlank ? 5 : 2);
    switch (variant) {
      case 0 -> upload.data.putText(field, badText(field, upload.correction));
      case 1 -> upload.data.put(field, BadJson.notText(random));
      case 2 -> upload.data.remove(field);
      case 3 -> upload.data.put(field, "null");
      default -> upload.data.putText(field, Junk.pick(random, List.of("", " ", " \t ", "\u3000")));
    }
    return "field " + field + " #" + variant;
  }

  /** A text value the validator must refuse for this field. */
  private String badText(String field, boolean correction) {
    List<String> words = Junk.WORDS.stream().filter(w -> !w.strip().matches("\\d{8,20}")).toList();
    return switch (field) {
      case "jenisAsn" -> Junk.pick(random, concat(words, "pns", "CPNS", "PNS PPPK", "P N S"));
      case "jenisKelamin" -> Junk.pick(random, concat(words, "l", "X", "LP", "Laki-laki"));
      case "pendidikan" -> Junk.pick(random, concat(words, "S4", "s1", "SMA", "S 1"));
      case "agama" -> Junk.pick(random, concat(words, "islam", "Islam", "LAINNYA"));
      case "nomorPeserta" -> correction && random.nextBoolean() ? "11111111"
          : Junk.pick(random, concat(words, "2411A", "1234567", "1".repeat(21), "１２３４５６７８９", "24110320110012\u0000"));
      case "nik" -> Junk.pick(random, concat(words, "332501570598000", "33250157059800011", "3325O15705980001",
          "３３２５０１５７０５９８０００１"));
      case "tanggalLahir" -> Junk.pick(random, concat(Junk.NOT_DATES, "1899-12-31", "2999-01-01", "9999-12-31"));
      case "tmt" -> Junk.pick(random, concat(Junk.NOT_DATES, "1990-01-01", "1998-05-17", "9999-12-31"));
      default -> Junk.pick(random, List.of("x".repeat(201 + random.nextInt(5_000)), "Siti\u0000Aminah", "Siti\nAminah",
          "\u202EhanimA itiS", "Siti\uD800", "Siti\u001B[31mAminah", "Siti\u2066Aminah"));
    };
  }

  private String documentDefect(Upload upload) {
    List<String> present = upload.documents.stream().map(Part::nameText).toList();
    if (!upload.correction && random.nextInt(5) == 0) {
      String type = Junk.pick(random, REQUIRED);
      upload.documents.removeIf(p -> p.nameText().equals(type));
      return "missing " + type;
    }
    if (random.nextInt(12) == 0) {
      upload.document("SK_CALON_PPPK");
      return "SK_CALON_PPPK on a PNS usul";
    }
    String type = present.isEmpty() || random.nextBoolean() ? Junk.pick(random, REQUIRED) : Junk.pick(random, present);
    Part part = upload.document(type);
    boolean photo = type.equals("PAS_FOTO");
    String[] how = {""};
    byte[] content = switch (random.nextInt(14)) {
      case 0 -> { how[0] = "empty"; yield new byte[0]; }
      case 1 -> { how[0] = "zip bomb"; yield ZIP_BOMB; }
      case 2 -> { how[0] = "nested zip"; yield NESTED_ZIP; }
      case 3 -> { how[0] = "zip behind a real header"; yield concat(photo ? JPEG : PDF, NESTED_ZIP); }
      case 4 -> { how[0] = "other format"; yield Junk.pick(random, List.of("GIF89a....".getBytes(StandardCharsets.US_ASCII),
          new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "MZ\u0090\0".getBytes(StandardCharsets.ISO_8859_1),
          "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII), " %PDF-1.4".getBytes(StandardCharsets.US_ASCII),
          "%pdf-1.4".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '%', 0, 'P'})); }
      case 5 -> { how[0] = "swapped format"; yield photo ? PDF : JPEG; }
      case 6, 7 -> { how[0] = "over the type's limit"; yield oversize(photo ? Format.JPEG : Format.PDF,
          (photo ? 500 * 1024 : 1024 * 1024) + 1 + random.nextInt(photo ? 400 * 1024 : 900 * 1024)); }
      case 8 -> {
        if (random.nextInt(4) == 0) {
          how[0] = "over the upload limit";
          yield oversize(Format.PDF, 2 * 1024 * 1024 + 1 + random.nextInt(1024 * 1024));
        }
        how[0] = "truncated header";
        yield Arrays.copyOf(photo ? JPEG : PDF, 2);
      }
      case 9 -> { how[0] = "UTF-16 text"; yield "\uFEFF%PDF-1.4".getBytes(StandardCharsets.UTF_16); }
      case 10 -> { how[0] = "NUL bytes"; yield new byte[64]; }
      case 11 -> {
        how[0] = "header then garbage";
        byte[] garbage = randomBytes(2_000);
        garbage[garbage.length - 1] = 0; // never a JPEG's end marker nor a PDF's %%EOF by chance
        yield concat(photo ? JPEG : PDF, garbage);
      }
      default -> { how[0] = "random bytes"; yield randomBytes(1 + random.nextInt(50_000)); }
    };
    upload.replace(part, part.withContent(content));
    return type + ": " + how[0];
  }

  private enum Format { PDF, JPEG }

  /** A document of the right format, whole and well formed, only too big: the size alone must refuse it. */
  private static byte[] oversize(Format format, int size) {
    byte[] head = format == Format.PDF ? "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII) : Arrays.copyOf(JPEG, 20);
    byte[] tail = format == Format.PDF ? "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {(byte) 0xFF, (byte) 0xD9};
    byte[] content = new byte[size];
    Arrays.fill(content, (byte) 'a');
    System.arraycopy(head, 0, content, 0, head.length);
    System.arraycopy(tail, 0, content, size - tail.length, tail.length);
    return content;
  }

  private String partDefect(Upload upload) {
    switch (random.nextInt(4)) {
      case 0 -> {
        byte[] name = random.nextInt(4) == 0 ? Junk.pick(random, Junk.BROKEN_ENCODINGS) : MultipartBody.utf8(Junk.pick(random,
            List.of("../../etc/passwd", "/etc/passwd", "PAS_FOTO\u0000", "pas_foto", "IJ AZAH", "IJAZAH\u202E",
                "DATA", "data[]", "IJAZAH_S2", "x".repeat(100), "x".repeat(600), "IJAZAH\r\nX: y")));
        upload.documents.add(Part.file("x", "lain.pdf", PDF).withName(name));
        String shown = new String(name, StandardCharsets.UTF_8);
        return "unknown part '" + (shown.length() > 20 ? shown.substring(0, 20) + "…" : shown) + "'";
      }
      case 1 -> {
        if (upload.documents.isEmpty() || random.nextBoolean()) {
          upload.withData = true;
          upload.documents.add(Part.field("data", "application/json", upload.data.bytes()));
          return "data twice";
        }
        upload.documents.add(Junk.pick(random, upload.documents));
        return "document twice";
      }
      case 2 -> {
        for (int i = 0; i < 60; i++) {
          upload.documents.add(Part.file("PENGALAMAN_KERJA", "p" + i + ".pdf", PDF));
        }
        return "too many parts";
      }
      default -> {
        if (upload.correction) {
          upload.withData = false;
          upload.documents.clear();
          return "empty correction";
        }
        upload.withData = false;
        upload.documents.removeIf(p -> p.nameText().equals("data"));
        return "no data part";
      }
    }
  }

  private String envelopeDefect(Upload upload) {
    int variant = random.nextInt(13);
    switch (variant) {
      case 0, 1, 2, 3, 4, 5 -> upload.contentType = Junk.pick(random, Arrays.asList("application/json", "text/plain",
          "application/x-www-form-urlencoded", "multipart/mixed; boundary=BATAS", "multipart/form-data",
          "multipart/form-data; boundary=LAIN", "multipart/form-data; boundary=", "application/octet-stream",
          "multipart/form-data; boundary=BATAS; boundary=LAIN", "image/jpeg", "", NO_CONTENT_TYPE));
      case 6 -> upload.envelope = Envelope.EMPTY;
      case 7, 8 -> upload.envelope = Envelope.CUT;
      case 9 -> upload.envelope = Envelope.GARBAGE;
      case 10 -> upload.envelope = Envelope.LONGER_THAN_SENT;
      case 11 -> upload.envelope = Envelope.HUGE_DECLARED;
      default -> upload.envelope = Envelope.SHORTER_THAN_SENT;
    }
    return "envelope " + (upload.contentType != null ? "type '" + upload.contentType + "'" : upload.envelope);
  }

  private FuzzCase build(Upload upload, String path, String user) {
    MultipartBody body = new MultipartBody("BATAS" + Long.toHexString(random.nextLong()));
    if (upload.withData) {
      body.parts.add(Part.field("data", "application/json", upload.rawData != null ? upload.rawData : upload.data.bytes()));
    }
    body.parts.addAll(upload.documents);
    List<String> noise = addNoise(body);
    byte[] bytes = body.bytes();
    int half = cutInsideAPart(bytes, body.boundary);
    RawHttp.Request request = new RawHttp.Request("POST", path)
        .header("Authorization", RawHttp.basic(user, "rahasia"))
        .header("Content-Type", upload.contentType == null ? body.contentType()
            : upload.contentType.equals(NO_CONTENT_TYPE) ? null : upload.contentType);
    switch (upload.envelope) {
      case EMPTY -> request.body(new byte[0]);
      case CUT -> request.body(Arrays.copyOf(bytes, half));
      case GARBAGE -> request.body(randomBytes(1 + random.nextInt(20_000)));
      case LONGER_THAN_SENT -> request.body(Arrays.copyOf(bytes, half)).declaredLength(String.valueOf(bytes.length));
      case HUGE_DECLARED -> request.body(bytes).declaredLength(String.valueOf(50L * 1024 * 1024 + random.nextInt(1_000_000)));
      case SHORTER_THAN_SENT -> request.body(bytes).declaredLength(String.valueOf(half));
      default -> request.body(bytes);
    }
    if (upload.contentType != null && upload.contentType.equals("application/json")) {
      request.body(upload.data.bytes());
    }
    return FuzzCase.of((upload.correction ? "correction " : "submission ") + "as " + user + ": " + upload.defects
        + (noise.isEmpty() ? "" : " + " + noise), request);
  }

  /**
   * About half the body, never ending right after a delimiter line: Tomcat takes a body that stops there as
   * complete (every part before it is whole, only the closing "--" is missing), which is no defect to refuse.
   */
  private static int cutInsideAPart(byte[] bytes, String boundary) {
    int cut = Math.max(1, bytes.length / 2);
    String head = new String(bytes, 0, cut, StandardCharsets.ISO_8859_1);
    int delimiter = head.lastIndexOf("--" + boundary);
    boolean afterDelimiter = delimiter >= 0 && head.substring(delimiter + 2 + boundary.length()).matches("[-\\r\\n]*");
    return afterDelimiter ? Math.max(1, delimiter - 3) : cut;
  }

  /** Oddities that must be survived but are not reasons to refuse: tricky file names, lying part types, order. */
  private List<String> addNoise(MultipartBody body) {
    List<String> noise = new ArrayList<>();
    if (random.nextInt(10) < 4 && !body.parts.isEmpty()) {
      int index = random.nextInt(body.parts.size());
      Part part = body.parts.get(index);
      byte[] name = random.nextInt(5) == 0 ? Junk.pick(random, Junk.BROKEN_ENCODINGS) : MultipartBody.utf8(Junk.pick(random,
          List.of("../../etc/passwd", "..\\..\\boot.ini", "/etc/shadow", "C:\\Windows\\System32\\drivers\\etc\\hosts",
              "a\u0000b.pdf", "\u202Efdp.exe", "x".repeat(300) + ".pdf", "con.pdf", "ijazah.pdf.exe", "%2e%2e%2fpasswd",
              "ijazah.pdf\r\nContent-Type: text/html")));
      body.parts.set(index, part.withFileName(name));
      noise.add("file name");
    }
    if (random.nextInt(10) < 2 && !body.parts.isEmpty()) {
      int index = random.nextInt(body.parts.size());
      body.parts.set(index, body.parts.get(index).withContentType(Junk.pick(random,
          List.of("application/x-msdownload", "text/html", "image/svg+xml", "application/pdf; charset=UTF-16"))));
      noise.add("part type");
    }
    if (random.nextInt(10) < 2) {
      Collections.shuffle(body.parts, random);
      noise.add("order");
    }
    if (random.nextInt(20) == 0) {
      // Tomcat drops a part without a name (RFC 7578 requires one): nothing to refuse, nothing to store
      body.parts.add(Part.file("", "tanpa-nama.pdf", PDF));
      noise.add("nameless part");
    }
    return noise;
  }

  private BadJson validData(String nomorPeserta) {
    return new BadJson().putText("jenisAsn", "PNS").putText("nomorPeserta", nomorPeserta)
        .putText("nik", "3325015705980001").putText("nama", "Siti Aminah").putText("tempatLahir", "Batang")
        .putText("tanggalLahir", "1998-05-17").putText("jenisKelamin", "P").putText("pendidikan", "S1")
        .putText("jabatan", "Analis Kebijakan Ahli Pertama").putText("unitKerja", "Badan Perencanaan Pembangunan Daerah")
        .putText("tmt", "2025-06-01").putText("agama", "ISLAM");
  }

  private byte[] randomBytes(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  private static List<String> concat(List<String> values, String... more) {
    List<String> all = new ArrayList<>(values);
    all.addAll(Arrays.asList(more));
    return all;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static byte[] nestedZip() {
    byte[] inner = Junk.zipBomb(1024 * 1024);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("ijazah.pdf"));
      zip.write(inner);
      zip.closeEntry();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return bytes.toByteArray();
  }
}
