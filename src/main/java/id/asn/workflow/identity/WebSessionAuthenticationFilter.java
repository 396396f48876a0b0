package id.asn.workflow.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user signed in to Tasklist open documents from a task form (a plain link) without a second login.
 * Only for reading (GET, HEAD): a changing request needs HTTP Basic, so a forged cross-site form cannot
 * ride on the webapp's session cookie.
 */
class WebSessionAuthenticationFilter extends OncePerRequestFilter {

  private final WebSessionUsers sessions;

  WebSessionAuthenticationFilter(WebSessionUsers sessions) {
    this.sessions = sessions;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean reading = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (reading && request.getHeader(HttpHeaders.AUTHORIZATION) == null
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      sessions.signedIn(request).ifPresent(user -> SecurityContextHolder.getContext().setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null,
              user.groupIds().stream().map(SimpleGrantedAuthority::new).toList())));
    }
    chain.doFilter(request, response);
  }
}
