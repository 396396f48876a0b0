package id.asn.workflow.identity;

import id.asn.workflow.web.ProblemResponses;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security of the application's own endpoints. The Camunda webapps and the engine REST API keep the
 * engine's own authentication (and the webapps their own CSRF filter), wired in the engine package.
 * Refusals are problem details like every other /api answer; the headers keep its personal data out of
 * caches, frames and other sites' referrers.
 */
@Configuration
@EnableMethodSecurity
class ApiSecurityConfig {

  /** JSON and documents only: nothing in an /api answer may run, load, frame or be framed. */
  static final String API_CONTENT_SECURITY_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  /** The SLA and upload pages: their own script and styles may run (Chart.js served from /webjars), nothing from elsewhere. */
  static final String PAGE_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationProvider engineUsers, WebSessionUsers webSessions)
      throws Exception {
    return signedIn(http, engineUsers, webSessions, API_CONTENT_SECURITY_POLICY, "/api/**", "/actuator/**");
  }

  /**
   * The SLA and upload pages sign in like the API: a browser without the Camunda webapp session is asked for HTTP
   * Basic.
   */
  @Bean
  @Order(2)
  SecurityFilterChain slaPage(HttpSecurity http, AuthenticationProvider engineUsers, WebSessionUsers webSessions)
      throws Exception {
    return signedIn(http, engineUsers, webSessions, PAGE_CONTENT_SECURITY_POLICY, "/sla", "/sla/**",
        "/impor", "/impor/");
  }

  private static SecurityFilterChain signedIn(HttpSecurity http, AuthenticationProvider engineUsers,
      WebSessionUsers webSessions, String contentSecurityPolicy, String... paths) throws Exception {
    AuthenticationEntryPoint askForCredentials = (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"asn-workflow\", charset=\"UTF-8\"");
      ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, ProblemResponses.UNAUTHORIZED);
    };
    AccessDeniedHandler refuse = (request, response, e) ->
        ProblemResponses.write(response, HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN);
    http.securityMatcher(paths)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/actuator/**").hasAnyAuthority(Groups.ADMIN, Groups.PENGAWAS_KANREG)
            .requestMatchers(HttpMethod.POST, "/api/pertek/verifikasi").permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(engineUsers)
        .addFilterBefore(new WebSessionAuthenticationFilter(webSessions), BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.realmName("asn-workflow").authenticationEntryPoint(askForCredentials))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(askForCredentials).accessDeniedHandler(refuse))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            // the Tasklist session a document link rides on keeps its id: Tasklist's own requests still carry it
            .sessionFixation(fixation -> fixation.none()))
        // a stateless API authenticated on every request by HTTP Basic: no cookie for a forged request to ride on
        .csrf(csrf -> csrf.disable())
        // Spring Security's defaults stay (nosniff, Cache-Control: no-store, HSTS over HTTPS); these are added
        .headers(headers -> headers
            .frameOptions(frame -> frame.deny())
            .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain engineWebapps(HttpSecurity http) throws Exception {
    // Camunda's webapps and engine REST authenticate themselves; Spring Security only adds headers here.
    // The public Pertek verification page (GET /verifikasi/{kode}, the QR code's target) is served here too:
    // open to anyone, it shows only the register's facts, never a document
    http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers
            .frameOptions(frame -> frame.sameOrigin())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** A URL the firewall refuses (//, ;, %2F, %25, %00, non-standard methods): a problem detail, not an empty 400. */
  @Bean
  RequestRejectedHandler requestRejected() {
    return (request, response, e) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST, ProblemResponses.REJECTED);
  }

  @Bean
  AuthenticationProvider engineUsers(UserDirectory directory) {
    return new AuthenticationProvider() {
      @Override
      public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        AuthenticatedUser user = directory.authenticate(userId, password)
            .orElseThrow(() -> new BadCredentialsException("Nama pengguna atau kata sandi salah"));
        List<SimpleGrantedAuthority> authorities = user.groupIds().stream().map(SimpleGrantedAuthority::new).toList();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
      }

      @Override
      public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
      }
    };
  }
}
