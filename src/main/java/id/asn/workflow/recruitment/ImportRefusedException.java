package id.asn.workflow.recruitment;

import id.asn.workflow.tabular.RowProblem;
import java.util.List;

/** A recruitment import with bad rows: nothing was changed; every problem is reported with its line. */
public class ImportRefusedException extends RuntimeException {

  private final ImportJenis jenis;
  private final List<RowProblem> problems;

  public ImportRefusedException(ImportJenis jenis, List<RowProblem> problems) {
    super("Impor " + jenis.label() + " ditolak: " + problems.size() + " masalah pada "
        + problems.stream().map(RowProblem::baris).distinct().count() + " baris; tidak ada data yang diubah. Perbaiki "
        + "semua baris yang disebut lalu impor ulang seluruh berkas.");
    this.jenis = jenis;
    this.problems = List.copyOf(problems);
  }

  public ImportJenis jenis() {
    return jenis;
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
