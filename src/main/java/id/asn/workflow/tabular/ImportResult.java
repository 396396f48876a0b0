package id.asn.workflow.tabular;

import java.util.Comparator;
import java.util.List;

/** What an import file holds: its rows when every one is valid, else every problem, in line order. */
public record ImportResult<T>(List<T> rows, List<RowProblem> problems) {

  public ImportResult {
    rows = List.copyOf(rows);
    problems = problems.stream().sorted(Comparator.comparingInt(RowProblem::baris)).toList();
  }

  public boolean valid() {
    return problems.isEmpty();
  }
}
