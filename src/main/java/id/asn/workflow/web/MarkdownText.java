package id.asn.workflow.web;

/** Text typed by an instansi, shown in a Camunda Form's Markdown: it must not turn into links, emphasis or HTML. */
public final class MarkdownText {

  private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>&\"";

  private MarkdownText() {}

  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }
}
