package id.asn.workflow.web;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Refusal;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the transport itself (a body too large, a charset not accepted), which no feature decides;
 * rendered as an RFC 9457 problem detail like a feature's {@link Refusal}.
 */
class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final List<FieldProblem> problems;

  ApiException(HttpStatus status, String detail, List<FieldProblem> problems) {
    super(detail);
    this.status = status;
    this.problems = List.copyOf(problems);
  }

  HttpStatus status() {
    return status;
  }

  List<FieldProblem> problems() {
    return problems;
  }
}
