package id.asn.workflow.web;

/** Text typed by an instansi, shown in a Camunda Form's Markdown: it must not turn into links, emphasis or HTML. */
public final class MarkdownText {

  private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>&\"";

  private MarkdownText() {}

  /**
   * A link that opens in a new tab, so that reading a document does not lose what the officer has chosen and typed
   * in the form (Camunda Forms keep {@code target="_blank"} on a link and add {@code rel="noopener"}).
   */
  public static String link(String label, String url) {
    return "<a href=\"" + html(url) + "\" target=\"_blank\">" + html(label) + "</a>";
  }

  private static String html(String text) {
    return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("\n", " ");
  }

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
