package id.asn.workflow.tabular;

import java.util.List;

/** An import with bad rows: nothing was changed; every problem is reported with its line. */
public class ImportRejectedException extends RuntimeException {

  private final ImportedFile kind;
  private final List<RowProblem> problems;

  public ImportRejectedException(ImportedFile kind, List<RowProblem> problems) {
    super("Impor " + kind.label() + " ditolak: " + problems.size() + " masalah pada "
        + problems.stream().map(RowProblem::baris).distinct().count() + " baris; tidak ada data yang diubah. Perbaiki "
        + "semua baris yang disebut lalu impor ulang seluruh berkas.");
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public ImportedFile kind() {
    return kind;
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
