package id.asn.workflow.web;

/** Where a task's text sends its user to upload a CSV: the upload page, opened in a new tab beside the form. */
public final class UploadPage {

  private UploadPage() {}

  /** A new-tab link to the upload page for the import at {@code importPath} (e.g. /api/seleksi/KabBatang-2024/pelamar). */
  public static String link(String label, String importPath) {
    return MarkdownText.link(label, "/impor?ke=" + importPath);
  }
}
