package id.asn.workflow.web;

/** Echoing what a client sent inside a refusal: short, and without characters that could break a log or a page. */
final class Texts {

  private static final int MAX = 40;

  private Texts() {}

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String visible = text.codePoints()
        .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT || (c >= 0xD800 && c <= 0xDFFF)
            ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    return visible.length() <= MAX ? visible : visible.substring(0, MAX) + "…";
  }
}
