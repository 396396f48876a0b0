package id.asn.workflow.signature;

import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.kernel.JenisAsn;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The public page a Pertek's QR code opens: the facts the register holds about it (never the document
 * itself, never the full NIK) and a form to check a PDF against its signature.
 */
final class VerificationPage {

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private VerificationPage() {}

  /** What the register says of a signed Pertek, fit for anyone to read. */
  public record Facts(String nomor, LocalDate tanggal, JenisAsn jenisAsn, String nama, String nikTersamar,
      String nomorInduk, String instansi, String penandatangan, String nipPenandatangan,
      String jabatanPenandatangan, Instant waktuTandaTangan, String tingkat,
      String sha256, Instant dicabut, String alasanPencabutan) {}

  public static String found(Facts facts) {
    String signedAt = facts.waktuTandaTangan() == null ? "" : IndonesianText.date(facts.waktuTandaTangan().atZone(JAKARTA)
        .toLocalDate()) + " pukul " + TIME.format(facts.waktuTandaTangan().atZone(JAKARTA)) + " WIB";
    StringBuilder html = new StringBuilder();
    head(html, "Verifikasi Pertek " + facts.nomor());
    html.append("<main>\n<h1>Verifikasi Persetujuan Teknis</h1>\n");
    if (facts.dicabut() == null) {
      html.append("<p class=\"ok\">&#10004; Pertek ini <strong>terdaftar</strong> dan telah ditandatangani secara elektronik.</p>\n");
    } else {
      html.append("<p class=\"bad\">&#10008; Pertek ini <strong>DICABUT</strong> pada ")
          .append(escape(IndonesianText.date(facts.dicabut().atZone(JAKARTA).toLocalDate())))
          .append(": nomor induknya dibatalkan (").append(escape(facts.alasanPencabutan()))
          .append("). Persetujuan teknis ini tidak berlaku lagi.</p>\n");
    }
    html.append("<table>\n");
    row(html, "Nomor Pertek", facts.nomor());
    row(html, "Tanggal", IndonesianText.date(facts.tanggal()));
    row(html, "Jenis", facts.jenisAsn() == JenisAsn.PNS ? "Penetapan NIP (PNS)" : "Penetapan NI PPPK");
    row(html, "Nama", facts.nama());
    row(html, "NIK", facts.nikTersamar());
    row(html, facts.jenisAsn() == JenisAsn.PNS ? "NIP" : "NI PPPK", IndonesianText.nomorInduk(facts.nomorInduk(), facts.jenisAsn()));
    row(html, "Instansi", facts.instansi());
    row(html, "Ditandatangani oleh", facts.penandatangan());
    if (facts.nipPenandatangan() != null) {
      row(html, "NIP penanda tangan", facts.nipPenandatangan());
      row(html, "Jabatan penanda tangan", facts.jabatanPenandatangan());
    }
    row(html, "Waktu tanda tangan", signedAt);
    row(html, "Jenis tanda tangan", facts.tingkat());
    html.append("<tr><th>SHA-256 berkas</th><td><code>").append(escape(facts.sha256())).append("</code></td></tr>\n")
        .append("</table>\n")
        .append("<p>Berkas Pertek yang asli memiliki nilai SHA-256 di atas. Untuk memeriksa berkas yang Anda terima, ")
        .append("unggah di bawah ini: tanda tangannya diperiksa dan hasilnya ditampilkan.</p>\n");
    checkForm(html);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  public static String notFound() {
    StringBuilder html = new StringBuilder();
    head(html, "Pertek tidak ditemukan");
    html.append("<main>\n<h1>Verifikasi Persetujuan Teknis</h1>\n")
        .append("<p class=\"bad\">&#10008; Kode verifikasi ini tidak terdaftar, atau Pertek-nya belum ditandatangani. ")
        .append("Dokumen yang memuat kode ini patut diragukan keasliannya.</p>\n");
    checkForm(html);
    html.append("</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void head(StringBuilder html, String title) {
    html.append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"robots\" content=\"noindex\">\n")
        .append("<title>").append(escape(title)).append("</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1d2733}")
        .append("main{max-width:44rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:8px}")
        .append("h1{font-size:1.35rem}table{border-collapse:collapse;width:100%}")
        .append("th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-bottom:1px solid #e1e5ea}")
        .append("th{width:12rem;font-weight:600}code{word-break:break-all;font-size:.85rem}")
        .append(".ok{color:#0b6b2f}.bad{color:#a1161b}#hasil{margin-top:1rem;white-space:pre-wrap}")
        .append("\n</style>\n</head>\n<body>\n");
  }

  private static void checkForm(StringBuilder html) {
    html.append("<h2>Periksa berkas PDF</h2>\n")
        .append("<form id=\"periksa\" method=\"post\" action=\"/api/pertek/verifikasi\" enctype=\"multipart/form-data\">\n")
        .append("<input type=\"file\" name=\"file\" accept=\"application/pdf\" required>\n")
        .append("<button type=\"submit\">Periksa</button>\n</form>\n<div id=\"hasil\"></div>\n")
        .append("<script>\ndocument.getElementById('periksa').addEventListener('submit', async function (e) {\n")
        .append("  e.preventDefault();\n  const out = document.getElementById('hasil');\n  out.textContent = 'Memeriksa...';\n")
        .append("  try {\n    const r = await fetch(this.action, {method: 'POST', body: new FormData(this)});\n")
        .append("    const v = await r.json();\n    out.className = v.valid ? 'ok' : 'bad';\n")
        .append("    out.textContent = (v.pesan || v.detail || '') + (v.penandatangan ? '\\nPenanda tangan: ' + v.penandatangan : '')\n")
        .append("      + (v.nomorPertek ? '\\nNomor Pertek: ' + v.nomorPertek : '') + (v.indikasi ? '\\nIndikasi: ' + v.indikasi")
        .append(" + (v.subIndikasi ? ' / ' + v.subIndikasi : '') : '');\n")
        .append("  } catch (err) {\n    out.className = 'bad';\n    out.textContent = 'Pemeriksaan gagal: ' + err;\n  }\n});\n")
        .append("</script>\n");
  }

  private static void row(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
  }

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
