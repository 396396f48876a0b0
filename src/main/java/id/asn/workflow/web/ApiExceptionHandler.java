package id.asn.workflow.web;

import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.tabular.ImportRejectedException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of /api is a problem detail naming each field and reason, in Indonesian, without Java or SQL
 * internals; an unexpected failure is a 500 problem detail whose cause stays in the log.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final String SERVER_FAULT = "Terjadi kesalahan pada server; tidak ada yang disimpan dari permintaan"
      + " ini. Coba lagi beberapa saat lagi; bila terus terjadi, hubungi administrator.";

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  // Tomcat's refusal does not say which limit was hit, so the message names both
  private final String maxFileSize;
  private final String maxRequestSize;

  ApiExceptionHandler(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
    this.maxFileSize = describe(maxFileSize);
    this.maxRequestSize = describe(maxRequestSize);
  }

  /** The problem detail a request failing with {@code e} gets, for an import run in the background. */
  ProblemDetail problemOf(RuntimeException e) {
    if (e instanceof ImportRejectedException rejected) {
      return onRejectedImport(rejected);
    }
    if (e instanceof Refusal refusal) {
      return onRefusal(refusal).getBody();
    }
    if (e instanceof ApiException api) {
      return onApiException(api).getBody();
    }
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, SERVER_FAULT, List.of());
  }

  /** A request whose parameter names or values the firewall refuses (e.g. a binary body sent as a form): the caller's mistake. */
  @ExceptionHandler(org.springframework.security.web.firewall.RequestRejectedException.class)
  ResponseEntity<ProblemDetail> onRejectedRequest(org.springframework.security.web.firewall.RequestRejectedException e) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Permintaan ditolak: nama atau isi "
        + "parameternya memuat karakter yang tidak diizinkan. Kirim berkas sebagai multipart/form-data bagian 'file' "
        + "dan data sebagai JSON.", List.of()));
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> onApiException(ApiException e) {
    return ResponseEntity.status(e.status()).body(problem(e.status(), e.getMessage(), e.problems()));
  }

  /**
   * A refused import: {@code errors} as every refusal of the API has them (field = the line), {@code baris} with
   * line, column and reason for a client that shows them next to the file, and {@code jenis} the kind of file.
   */
  @ExceptionHandler(ImportRejectedException.class)
  ProblemDetail onRejectedImport(ImportRejectedException e) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, e.getMessage(), e.problems().stream()
        .map(p -> new FieldProblem("baris " + p.baris() + (p.kolom() == null ? "" : " " + p.kolom()), p.alasan())).toList());
    problem.setTitle("Impor ditolak");
    problem.setProperty("jenis", e.kind().path());
    problem.setProperty("baris", e.problems());
    return problem;
  }

  /** A feature's refusal: its kind decides the status, its words and fields the body. */
  @ExceptionHandler(Refusal.class)
  ResponseEntity<ProblemDetail> onRefusal(Refusal e) {
    HttpStatus status = switch (e.kind()) {
      case INVALID -> HttpStatus.BAD_REQUEST;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case CONFLICT -> HttpStatus.CONFLICT;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
    };
    return ResponseEntity.status(status).body(problem(status, e.getMessage(), e.problems()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail onTypeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "nilai" : e.getRequiredType().getSimpleName();
    return problem(HttpStatus.BAD_REQUEST, "Permintaan tidak valid: " + e.getName(), List.of(new FieldProblem(e.getName(),
        "bukan " + describe(expected) + " yang valid: '" + Texts.shorten(String.valueOf(e.getValue())) + "'")));
  }

  /** A @PreAuthorize refusal: the user is known but this is not their work. */
  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail onAccessDenied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN, List.of());
  }

  /** A fault of the server, not of the request: the client learns that much, the log learns the rest. */
  @ExceptionHandler(Exception.class)
  ProblemDetail onUnexpected(Exception e) {
    log.error("Permintaan /api gagal karena kesalahan server", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, SERVER_FAULT, List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Permintaan tidak valid: " + e.getParameterName(),
        List.of(new FieldProblem(e.getParameterName(), "wajib diisi"))));
  }

  @Override
  protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST,
        "Permintaan tidak lengkap: parameter atau kepala yang wajib tidak dikirim", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    List<FieldProblem> problems = UnreadableBody.describe(e.getCause());
    return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, Refusal.summary(problems),
        problems));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String sent = e.getContentType() == null ? "tanpa Content-Type"
        : "'" + Texts.shorten(e.getContentType().getType() + "/" + e.getContentType().getSubtype()) + "'";
    String supported = e.getSupportedMediaTypes().stream().map(Object::toString).distinct().collect(Collectors.joining(" atau "));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(headers).body(problem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Jenis isi permintaan " + sent + " tidak diterima di alamat ini; kirim "
            + (supported.isEmpty() ? "jenis isi yang sesuai" : supported) + ".", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).body(problem(HttpStatus.NOT_ACCEPTABLE,
        "Alamat ini tidak dapat menjawab dalam format yang diminta header Accept; minta application/json.", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String supported = e.getSupportedHttpMethods() == null ? ""
        : "; yang didukung: " + e.getSupportedHttpMethods().stream().map(Object::toString).collect(Collectors.joining(", "));
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers).body(problem(HttpStatus.METHOD_NOT_ALLOWED,
        "Metode " + Texts.shorten(e.getMethod()) + " tidak didukung untuk alamat ini" + supported + ".", List.of()));
  }

  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
        "Alamat /" + Texts.shorten(e.getResourcePath()) + " tidak ada; daftar alamat API ada di README.", List.of()));
  }

  /** An upload over the multipart limits of application.yml: say so, instead of a bare 413. */
  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
        "Unggahan terlalu besar: setiap berkas paling besar " + maxFileSize + " dan seluruh permintaan paling besar "
            + maxRequestSize + ". Perkecil berkas (mis. pindai ulang dengan resolusi lebih rendah) lalu kirim lagi.",
        List.of()));
  }

  /** A multipart body that cannot be read (cut off, no boundary, too many parts): a client error, not a server fault. */
  @ExceptionHandler(MultipartException.class)
  ProblemDetail onUnreadableMultipart(MultipartException e) {
    return problem(HttpStatus.BAD_REQUEST, "Permintaan multipart/form-data tidak dapat dibaca (terpotong, tanpa batas "
        + "bagian, terlalu banyak bagian, atau kepala bagian terlalu panjang); kirim ulang bagian data dan berkasnya",
        List.of());
  }

  static ProblemDetail problem(HttpStatusCode status, String detail, List<FieldProblem> problems) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (!problems.isEmpty()) {
      problem.setProperty("errors", problems);
    }
    return problem;
  }

  private static String describe(DataSize size) {
    return size.toKilobytes() % 1024 == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }

  private static String describe(String type) {
    return switch (type) {
      case "LocalDate" -> "tanggal (YYYY-MM-DD)";
      case "int", "Integer", "long", "Long" -> "bilangan bulat";
      default -> type;
    };
  }
}
