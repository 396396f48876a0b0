package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.FieldProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused recruitment import as a problem detail: {@code errors} (field = the line) and {@code baris}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeleksiExceptionHandler {

  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail onRefusedImport(ImportRejectedException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Impor ditolak");
    problem.setProperty("jenis", e.kind().path());
    problem.setProperty("errors", e.problems().stream()
        .map(p -> new FieldProblem("baris " + p.baris() + (p.kolom() == null ? "" : " " + p.kolom()), p.alasan())).toList());
    problem.setProperty("baris", e.problems());
    return problem;
  }
}
