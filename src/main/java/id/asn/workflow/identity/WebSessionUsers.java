package id.asn.workflow.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The user already signed in to the Camunda webapps in this browser session, if any. */
public interface WebSessionUsers {

  Optional<AuthenticatedUser> signedIn(HttpServletRequest request);
}
