package id.asn.workflow.tabular;

/** One reason a row of an import is refused: the line (the header is line 1), the column if one, and why. */
public record RowProblem(int baris, String kolom, String alasan) {

  public String describe() {
    return "baris " + baris + (kolom == null ? "" : ", kolom " + kolom) + ": " + alasan;
  }
}
