package id.asn.workflow.engine;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.WebSessionUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/** Reads the user the Camunda webapps signed in, from the webapps' own session. */
@Component
class CamundaWebSessionUsers implements WebSessionUsers {

  private static final String ENGINE = "default";

  @Override
  public Optional<AuthenticatedUser> signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(ENGINE);
    if (!(authentication instanceof UserAuthentication user) || user.getName() == null) {
      return Optional.empty();
    }
    return Optional.of(new AuthenticatedUser(user.getName(),
        user.getGroupIds() == null ? Set.of() : Set.copyOf(user.getGroupIds())));
  }

  /** The token Camunda's own CSRF filter keeps in the webapps' session for their requests. */
  @Override
  public Optional<String> writeToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
  }
}
