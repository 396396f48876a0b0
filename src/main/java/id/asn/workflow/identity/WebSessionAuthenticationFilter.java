package id.asn.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to Tasklist open documents from a task form (a plain link) without a second login.
 * For reading (GET, HEAD) alone, or for a change that carries the session's anti-forgery token in {@code
 * X-XSRF-TOKEN} (the upload page reads it from {@code /api/impor/token}, which another site's page cannot): a
 * forged cross-site form cannot ride on the webapp's session cookie.
 */
class WebSessionAuthenticationFilter extends OncePerRequestFilter {

  static final String TOKEN_HEADER = "X-XSRF-TOKEN";

  private final WebSessionUsers sessions;

  WebSessionAuthenticationFilter(WebSessionUsers sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if ((reading || carriesTheSessionsToken(request)) && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      sessions.signedIn(request).ifPresent(user -> SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null,
              user.groupIds().stream().map(SimpleGrantedAuthority::new).toList())));
    }
    chain.doFilter(request, response);
  }

  /** A write through the session only with the session's own token in the header (an upload page of this origin). */
  private boolean carriesTheSessionsToken(HttpServletRequest request) {
    String sent = request.getHeader(TOKEN_HEADER);
    return sent != null && sessions.writeToken(request).filter(token -> MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))).isPresent();
  }
}
