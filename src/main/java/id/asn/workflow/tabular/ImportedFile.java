package id.asn.workflow.tabular;

/** A kind of file a feature imports (formasi, pelamar, jabatan, ...): the path it is posted to and its name. */
public interface ImportedFile {

  /** The last path segment it is posted to, e.g. {@code pelamar}. */
  String path();

  /** Its name in a sentence, e.g. "pelamar". */
  String label();
}
