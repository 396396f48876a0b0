package id.asn.workflow.recruitment;

import id.asn.workflow.tabular.RowProblem;
import java.util.List;

/** A recruitment import with bad rows: nothing was changed; every problem is reported with its line. */
public class ImportRejectedException extends RuntimeException {

  private final ImportKind kind;
  private final List<RowProblem> problems;

  public ImportRejectedException(ImportKind kind, List<RowProblem> problems) {
    super("Impor " + kind.label() + " ditolak: " + problems.size() + " masalah pada "
        + problems.stream().map(RowProblem::baris).distinct().count() + " baris; tidak ada data yang diubah. Perbaiki "
        + "semua baris yang disebut lalu impor ulang seluruh berkas.");
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public ImportKind kind() {
    return kind;
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
