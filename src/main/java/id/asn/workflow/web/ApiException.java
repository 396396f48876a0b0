package id.asn.workflow.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A refusal the client can act on; rendered as an RFC 9457 problem detail. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final List<FieldProblem> problems;

  public ApiException(HttpStatus status, String detail, List<FieldProblem> problems) {
    super(detail);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  public static ApiException badRequest(List<FieldProblem> problems) {
    return new ApiException(HttpStatus.BAD_REQUEST, summary(problems), problems);
  }

  public static ApiException badRequest(String field, String reason) {
    return badRequest(List.of(new FieldProblem(field, reason)));
  }

  public static ApiException notFound(String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, detail, List.of());
  }

  public static ApiException conflict(String detail) {
    return new ApiException(HttpStatus.CONFLICT, detail, List.of());
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(HttpStatus.FORBIDDEN, detail, List.of());
  }

  public HttpStatus status() {
    return status;
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    StringBuilder text = new StringBuilder("Permintaan tidak valid: ");
    for (int i = 0; i < problems.size(); i++) {
      FieldProblem p = problems.get(i);
      text.append(i == 0 ? "" : "; ").append(p.field()).append(" ").append(p.reason());
    }
    return text.toString();
  }
}
