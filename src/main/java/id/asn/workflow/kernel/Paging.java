package id.asn.workflow.kernel;

import java.util.ArrayList;
import java.util.List;

/** Which page of a list a client asked for, within limits that keep one answer small. */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 100;

  public static Paging of(int page, int size) {
    List<FieldProblem> problems = new ArrayList<>();
    if (page < 0) {
      problems.add(new FieldProblem("page", "harus 0 atau lebih (halaman pertama = 0)"));
    }
    if (size < 1 || size > MAX_SIZE) {
      problems.add(new FieldProblem("size", "harus antara 1 dan " + MAX_SIZE));
    }
    if (!problems.isEmpty()) {
      throw Refusal.invalid(problems);
    }
    return new Paging(page, size);
  }

  public <T> PageResult<T> result(List<T> items, long total) {
    return new PageResult<>(items, page, size, total);
  }

  /** One page of a list, with where it is in the whole. */
  public record PageResult<T>(List<T> items, int page, int size, long total) {}
}
