package id.asn.workflow.signature;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address every Pertek's QR code prints ({@code app.public-url}, {@code PUBLIC_URL}). A letter signed with a
 * localhost address sends whoever scans it nowhere, so outside the demo profile start-up refuses one.
 */
@Component
class PublicUrl {

  private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "0.0.0.0", "[::1]", "::1");

  private final String base;

  PublicUrl(@Value("${app.public-url}") String url, Environment environment) {
    this.base = checked(url, environment.matchesProfiles("demo"));
  }

  /** The address without a trailing slash; a local one only when {@code demo}. */
  static String checked(String url, boolean demo) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("PUBLIC_URL (app.public-url) is not a URL: " + url);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
      throw new IllegalStateException("PUBLIC_URL (app.public-url) must be an http(s) address with a host, was: " + url);
    }
    if (!demo && LOCAL.contains(uri.getHost())) {
      throw new IllegalStateException("PUBLIC_URL (app.public-url) is " + url + ": every Pertek's QR code prints it, "
          + "so set it to the address people reach this server at, e.g. https://pertek.kanreg1.example.go.id");
    }
    String text = uri.toString();
    return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  /** Where the QR code of the Pertek with this verification code leads. */
  String verification(String kode) {
    return base + "/verifikasi/" + kode;
  }
}
