package id.asn.workflow.support;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Signs in to a Camunda webapp (tasklist, cockpit, admin) as a browser does: the page's XSRF token and cookie,
 * then the login form. The engine refuses the login when the user may not access that application.
 */
public final class WebappLogin {

  /** The outcome of a login and, when it succeeded, the session a browser would then send. */
  public record Session(HttpStatusCode status, String cookies, String xsrfToken) {

    public HttpHeaders headers() {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.COOKIE, cookies);
      headers.add("X-XSRF-TOKEN", xsrfToken);
      return headers;
    }

    public <T> ResponseEntity<T> get(TestRestTemplate rest, String url, Class<T> type) {
      return rest.exchange(url, HttpMethod.GET, new HttpEntity<>(headers()), type);
    }

    public <T> ResponseEntity<T> postJson(TestRestTemplate rest, String url, Object body, Class<T> type) {
      HttpHeaders headers = headers();
      headers.setContentType(MediaType.APPLICATION_JSON);
      return rest.exchange(url, HttpMethod.POST, new HttpEntity<>(body, headers), type);
    }
  }

  private WebappLogin() {}

  /** A browser that opened the app's page but did not sign in: it has the page's cookie and XSRF token. */
  public static Session anonymous(TestRestTemplate rest, String app) {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
    return new Session(page.getStatusCode(), cookies(page.getHeaders().get(HttpHeaders.SET_COOKIE)),
        page.getHeaders().getFirst("X-XSRF-TOKEN"));
  }

  public static Session login(TestRestTemplate rest, String user, String password, String app) {
    Session page = anonymous(rest, app);
    String xsrf = page.xsrfToken();
    String cookies = page.cookies();
    HttpHeaders form = new HttpHeaders();
    form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    form.add("X-XSRF-TOKEN", xsrf);
    form.add(HttpHeaders.COOKIE, cookies);
    ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>("username=" + user + "&password=" + password, form), String.class);
    List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    String session = renewed == null ? cookies : merge(cookies, cookies(renewed));
    // the sign-in starts a new session with a new XSRF token, which the next page load hands out
    HttpHeaders withSession = new HttpHeaders();
    withSession.add(HttpHeaders.COOKIE, session);
    ResponseEntity<String> next = rest.exchange("/camunda/app/" + app + "/default/", HttpMethod.GET,
        new HttpEntity<>(withSession), String.class);
    List<String> nextCookies = next.getHeaders().get(HttpHeaders.SET_COOKIE);
    String token = next.getHeaders().getFirst("X-XSRF-TOKEN");
    return new Session(login.getStatusCode(), nextCookies == null ? session : merge(session, cookies(nextCookies)),
        token == null ? xsrf : token);
  }

  private static String cookies(List<String> setCookies) {
    return setCookies == null ? "" : String.join("; ", setCookies.stream().map(c -> c.split(";")[0]).toList());
  }

  /** The page's cookies with those the login replaced (a new session id after sign-in). */
  private static String merge(String old, String renewed) {
    StringBuilder merged = new StringBuilder(renewed);
    for (String cookie : old.split("; ")) {
      String name = cookie.split("=")[0];
      if (!cookie.isEmpty() && !renewed.contains(name + "=")) {
        merged.append("; ").append(cookie);
      }
    }
    return merged.toString();
  }
}
