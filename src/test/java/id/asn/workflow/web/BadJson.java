package id.asn.workflow.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A JSON object as ordered (key, literal) pairs, so that a test can write what a JSON library never would:
 * duplicate keys, huge numbers, raw control characters, lone surrogates. Also the ways to break its syntax.
 */
final class BadJson {

  private final List<String[]> fields = new ArrayList<>();

  BadJson put(String key, String literal) {
    fields.removeIf(f -> f[0].equals(key));
    fields.add(new String[] {key, literal});
    return this;
  }

  BadJson putText(String key, String text) {
    return put(key, quote(text));
  }

  BadJson remove(String key) {
    fields.removeIf(f -> f[0].equals(key));
    return this;
  }

  /** The key a second time, later in the object, with another value. */
  BadJson duplicate(String key, String literal) {
    fields.add(new String[] {key, literal});
    return this;
  }

  List<String> keys() {
    return fields.stream().map(f -> f[0]).distinct().toList();
  }

  String text() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < fields.size(); i++) {
      out.append(i == 0 ? "" : ",").append(quote(fields.get(i)[0])).append(':').append(fields.get(i)[1]);
    }
    return out.append('}').toString();
  }

  byte[] bytes() {
    return text().getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON string literal; everything outside printable ASCII is escaped, so a lone surrogate stays one. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** A value of a JSON type no text field accepts. */
  static String notText(Random random) {
    return Junk.pick(random, List.of("{}", "[]", "true", "false", "1.5", "-0.0", "1e400", "{\"a\":1}", "[\"PNS\"]",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]"));
  }

  /**
   * The object's bytes made into something no JSON reader should take as this object: cut off, with trailing
   * garbage, nested too deep, in the wrong encoding, with raw control characters, or not an object at all.
   */
  static Broken broken(Random random, BadJson json, String textKey) {
    String text = json.text();
    return switch (random.nextInt(16)) {
      case 0 -> new Broken("cut off", utf8(text.substring(0, 1 + random.nextInt(text.length() - 1))));
      case 1 -> new Broken("trailing garbage", utf8(text + Junk.pick(random, List.of("x", "}", " {}", ",", "]", " null"))));
      case 2 -> new Broken("nested too deep", utf8(nested(random.nextBoolean() ? 2_000 : 200_000)));
      case 3 -> new Broken("nested value", utf8(json.put(textKey, "[".repeat(1_500) + "]".repeat(1_500)).text()));
      case 4 -> new Broken("comment", utf8("/* komentar */" + text));
      case 5 -> new Broken("single quotes", utf8(text.replace('"', '\'')));
      case 6 -> new Broken("NaN value", utf8(json.put(textKey, "NaN").text()));
      case 7 -> new Broken("invalid UTF-8 in a value", invalidUtf8In(json, textKey, random));
      case 8 -> new Broken("UTF-16 with BOM", utf16WithBom(text, random.nextBoolean()));
      case 9 -> new Broken("UTF-16 without BOM", text.getBytes(StandardCharsets.UTF_16LE));
      case 10 -> new Broken("raw NUL in a value", rawControl(json, textKey));
      case 11 -> new Broken("not an object", utf8(Junk.pick(random, List.of("", " ", "null", "[]", "\"PNS\"", "42", "true",
          "[" + text + "]"))));
      // the key twice even when an earlier defect removed it: once alone would be a valid body
      case 12 -> new Broken("duplicate key", utf8(json.put(textKey, json.valueOf(textKey))
          .duplicate(textKey, json.valueOf(textKey)).text()));
      case 13 -> new Broken("huge number", utf8(json.put(textKey, "9".repeat(1_001 + random.nextInt(100_000))).text()));
      case 14 -> new Broken("two objects", utf8(text + text));
      default -> new Broken("unquoted key", utf8(text.replaceFirst("\"" + textKey + "\"", textKey)));
    };
  }

  record Broken(String how, byte[] bytes) {}

  private String valueOf(String key) {
    return fields.stream().filter(f -> f[0].equals(key)).map(f -> f[1]).findFirst().orElse("\"x\"");
  }

  private static String nested(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }

  private static byte[] invalidUtf8In(BadJson json, String key, Random random) {
    String marker = "@@";
    byte[] text = utf8(json.put(key, quote("Siti" + marker + "Aminah")).text());
    byte[] bad = Junk.pick(random, List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}));
    return replace(text, utf8(marker), bad);
  }

  private static byte[] rawControl(BadJson json, String key) {
    return replace(utf8(json.put(key, quote("Siti@@Aminah")).text()), utf8("@@"), new byte[] {0});
  }

  private static byte[] utf16WithBom(String text, boolean bigEndian) {
    byte[] bom = bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
    byte[] body = text.getBytes(bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
    byte[] all = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, all, 0, 2);
    System.arraycopy(body, 0, all, 2, body.length);
    return all;
  }

  static byte[] replace(byte[] data, byte[] marker, byte[] with) {
    String latin = new String(data, StandardCharsets.ISO_8859_1);
    int at = latin.indexOf(new String(marker, StandardCharsets.ISO_8859_1));
    byte[] out = new byte[data.length - marker.length + with.length];
    System.arraycopy(data, 0, out, 0, at);
    System.arraycopy(with, 0, out, at, with.length);
    System.arraycopy(data, at + marker.length, out, at + with.length, data.length - at - marker.length);
    return out;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
