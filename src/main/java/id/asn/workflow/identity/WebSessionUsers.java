package id.asn.workflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The user already signed in to the Camunda webapps in this browser session, if any. */
public interface WebSessionUsers {

  Optional<AuthenticatedUser> signedIn(HttpServletRequest request);

  /**
   * The session's anti-forgery token, which a page of this origin sends back in {@code X-XSRF-TOKEN} so that the
   * session may also change things (an upload); a forged request from another site cannot read it.
   */
  Optional<String> writeToken(HttpServletRequest request);
}
