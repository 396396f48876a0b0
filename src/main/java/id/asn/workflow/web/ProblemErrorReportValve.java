package id.asn.workflow.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's last word on a request nothing else answered: a URI it cannot decode (%00, %2F, bytes that are not
 * UTF-8), a header too large. Instead of Tomcat's HTML page, a problem detail like every other refusal. Errors the
 * application rendered (its problem details, Spring Boot's error page, the webapps' own) are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus httpStatus = HttpStatus.resolve(status);
    try {
      ProblemResponses.write(response.getResponse(), httpStatus == null ? HttpStatus.BAD_REQUEST : httpStatus,
          ProblemResponses.detailFor(status));
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response was committed meanwhile: nothing more to say
    }
  }
}
