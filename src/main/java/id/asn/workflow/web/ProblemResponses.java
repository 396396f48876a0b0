package id.asn.workflow.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/**
 * Writes an RFC 9457 problem detail where Spring MVC does not run: the security filters (401, 403, a request the
 * firewall rejects) and Tomcat's own error report (a URI it cannot decode). Same shape as {@link ApiExceptionHandler}.
 */
public final class ProblemResponses {

  public static final String UNAUTHORIZED = "Nama pengguna atau kata sandi salah, tidak dikirim, atau akun sedang dikunci "
      + "sementara setelah beberapa kali gagal masuk. Kirim HTTP Basic dengan akun yang benar; bila akun terkunci, "
      + "tunggu sebentar atau minta administrator membukanya.";
  public static final String FORBIDDEN = "Akun ini tidak berwenang untuk permintaan ini. Gunakan akun kelompok yang "
      + "menangani pekerjaan ini atau minta hak akses kepada administrator.";
  public static final String REJECTED = "Alamat permintaan berisi karakter atau urutan yang tidak diizinkan "
      + "(mis. //, ;, %2F, %25, %00 atau ../). Periksa alamat yang dipanggil.";

  private ProblemResponses() {}

  /** What to tell a client whose request failed before any code that knows more could answer. */
  public static String detailFor(int status) {
    return switch (status) {
      case 400 -> "Permintaan tidak dapat dibaca oleh server: alamat (URI), kepala atau isi permintaan tidak valid "
          + "(mis. %00, %2F atau byte yang bukan UTF-8 pada alamat, isi yang terpotong atau lebih pendek dari "
          + "Content-Length). Periksa lalu kirim ulang permintaan yang utuh.";
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> "Alamat yang diminta tidak ada; daftar alamat API ada di README.";
      case 405 -> "Metode HTTP ini tidak didukung untuk alamat ini.";
      case 413 -> "Permintaan terlalu besar untuk diterima server.";
      default -> status >= 500
          ? "Terjadi kesalahan pada server; coba lagi beberapa saat lagi. Bila terus terjadi, hubungi administrator."
          : "Permintaan ditolak oleh server (HTTP " + status + ").";
    };
  }

  public static void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    response.setStatus(status.value());
    // JSON is UTF-8 by definition (RFC 8259); no charset parameter, as Spring MVC writes its problem details
    response.setContentType("application/problem+json");
    response.getOutputStream().write(json(status, detail).getBytes(StandardCharsets.UTF_8));
    response.getOutputStream().flush();
  }

  static String json(HttpStatus status, String detail) {
    return "{\"type\":\"about:blank\",\"title\":" + quote(status.getReasonPhrase()) + ",\"status\":" + status.value()
        + ",\"detail\":" + quote(detail) + "}";
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
