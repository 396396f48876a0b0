package id.asn.workflow.appointment;

import id.asn.workflow.kernel.IndonesianText;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The berita acara of an oath as one PDF holding the three copies VII.C.21 asks for, in this order: for the PNS,
 * for the instansi's archive, for BKN's archive. Each copy starts on a new page and every page carries its copy's
 * mark at the top, so a printed copy says whose it is. One file rather than three: it is signed and printed once,
 * and the three copies cannot drift apart. DejaVu Serif is embedded; a character it cannot draw prints as '?'.
 */
final class OathRecordPdf {

  /** The three copies of VII.C.21. */
  public enum Copy {
    PNS("untuk PNS yang mengangkat sumpah/janji"),
    INSTANSI("untuk arsip Instansi"),
    BKN("untuk arsip Badan Kepegawaian Negara");

    private final String recipient;

    Copy(String recipient) {
      this.recipient = recipient;
    }

    /** "Rangkap 2 dari 3: untuk arsip Instansi". */
    public String mark() {
      return "Rangkap " + (ordinal() + 1) + " dari 3: " + recipient;
    }
  }

  private static final String REGULAR = "/fonts/dejavu/DejaVuSerif.ttf";
  private static final String BOLD = "/fonts/dejavu/DejaVuSerif-Bold.ttf";
  private static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
  private static final float MARGIN = 60;
  private static final float BODY = 10.5f;

  private OathRecordPdf() {}

  public static byte[] render(OathRecord record) {
    try (PDDocument document = new PDDocument()) {
      PDFont regular = font(document, REGULAR);
      PDFont bold = font(document, BOLD);
      String kind = record.lafal().bentuk() == OathForm.SUMPAH ? "sumpah" : "janji";
      document.getDocumentInformation().setTitle("Berita Acara Pengambilan Sumpah/Janji PNS " + record.pns().nama());
      document.getDocumentInformation().setCreator("asn-workflow");
      for (Copy copy : Copy.values()) {
        try (Page page = new Page(document, regular, bold, copy)) {
          copy(page, record, kind);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Berita acara sumpah/janji " + record.pns().nip() + " tidak dapat disusun", e);
    }
  }

  private static void copy(Page page, OathRecord r, String kind) throws IOException {
    heading(page, r.nomor());
    persons(page, r, kind);
    page.gap(4);
    page.paragraph("Pegawai Negeri Sipil tersebut mengucapkan " + kind + " sebagai berikut:");
    page.gap(2);
    page.quote("\u201C" + r.lafal().text() + "\u201D");
    page.gap(6);
    page.paragraph("Berita acara ini dibuat dalam rangkap 3 (tiga): satu rangkap untuk PNS yang mengangkat "
        + "sumpah/janji, satu rangkap untuk arsip Instansi, dan satu rangkap untuk arsip Badan Kepegawaian Negara.");
    page.gap(16);
    signatures(page, r, kind);
  }

  private static void heading(Page page, String nomor) throws IOException {
    page.centered("BERITA ACARA", true, 12);
    page.centered("PENGAMBILAN SUMPAH/JANJI PEGAWAI NEGERI SIPIL", true, 12);
    if (!nomor.isEmpty()) {
      page.centered("Nomor: " + nomor, false, BODY);
    }
    page.gap(10);
  }

  /** Who took the oath from whom, where and when, with the clergy and the witnesses present. */
  private static void persons(Page page, OathRecord r, String kind) throws IOException {
    OathPerson official = r.pejabat();
    page.paragraph("Pada hari ini " + day(r.tanggal()) + " tanggal " + IndonesianText.date(r.tanggal())
        + ", bertempat di " + r.tempat() + ", saya, " + official.nama() + ", NIP " + nip(official.nip())
        + (official.jabatan().isEmpty() ? "" : ", " + official.jabatan())
        + ", telah mengambil " + kind + " Pegawai Negeri Sipil dari:");
    page.gap(4);
    OathPerson pns = r.pns();
    page.row("Nama", pns.nama());
    page.row("NIP", nip(pns.nip()));
    page.row("Pangkat/golongan ruang", pns.golonganRuang().label());
    if (!pns.jabatan().isEmpty()) {
      page.row("Jabatan", pns.jabatan());
    }
    page.row("Instansi", r.instansi());
    page.gap(4);
    page.paragraph("yang mengangkat " + kind + " didampingi oleh rohaniwan " + r.rohaniwan()
        + " dan disaksikan oleh:");
    for (int i = 0; i < r.saksi().size(); i++) {
      OathPerson witness = r.saksi().get(i);
      page.paragraph((i + 1) + ". " + witness.nama() + ", NIP " + nip(witness.nip()) + ", "
          + witness.golonganRuang().label());
    }
  }

  private static void signatures(Page page, OathRecord r, String kind) throws IOException {
    OathPerson pns = r.pns();
    OathPerson official = r.pejabat();
    page.signatures(List.of(
        new String[] {"PNS yang mengangkat " + kind + ",", pns.nama(), "NIP " + nip(pns.nip())},
        new String[] {"Pejabat yang mengambil " + kind + ",", official.nama(), "NIP " + nip(official.nip())},
        new String[] {"Saksi 1,", r.saksi().get(0).nama(), "NIP " + nip(r.saksi().get(0).nip())},
        new String[] {"Saksi 2,", r.saksi().get(1).nama(), "NIP " + nip(r.saksi().get(1).nip())}));
  }

  static String day(LocalDate date) {
    return DAYS[date.getDayOfWeek().getValue() - 1];
  }

  private static String nip(String nip) {
    return IndonesianText.nomorInduk(nip, JenisAsn.PNS);
  }

  private static PDFont font(PDDocument document, String path) throws IOException {
    try (InputStream in = OathRecordPdf.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Font " + path + " is missing from the classpath");
      }
      return PDType0Font.load(document, in, true);
    }
  }

  /** A cursor down the pages of one copy; every page it starts carries the copy's mark. */
  private static final class Page implements AutoCloseable {

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Copy copy;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    /** Whether a code point can be drawn: code point for the regular font, -(code point + 1) for bold. */
    private final Map<Integer, Boolean> drawable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    Page(PDDocument document, PDFont regular, PDFont bold, Copy copy) throws IOException {
      this.document = document;
      this.regular = regular;
      this.bold = bold;
      this.copy = copy;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - 36;
      String mark = clean(copy.mark(), regular);
      show(regular, 8.5f, MARGIN + width - regular.getStringWidth(mark) / 1000 * 8.5f, y - 8.5f, mark);
      y -= 30;
    }

    void gap(float points) {
      y -= points;
    }

    void centered(String text, boolean strong, float size) throws IOException {
      PDFont font = strong ? bold : regular;
      for (String line : PdfText.wrap(clean(text, font), font, size, width)) {
        line(size);
        show(font, size, MARGIN + (width - font.getStringWidth(line) / 1000 * size) / 2, y, line);
      }
    }

    void paragraph(String text) throws IOException {
      for (String line : PdfText.wrap(clean(text, regular), regular, BODY, width)) {
        line(BODY);
        show(regular, BODY, MARGIN, y, line);
      }
    }

    void quote(String text) throws IOException {
      float indent = 20;
      for (String line : PdfText.wrap(clean(text, regular), regular, BODY, width - 2 * indent)) {
        line(BODY);
        show(regular, BODY, MARGIN + indent, y, line);
      }
    }

    void row(String label, String value) throws IOException {
      float labelWidth = 175;
      List<String> lines = PdfText.wrap(clean(value, regular), regular, BODY, width - labelWidth - 20);
      for (int i = 0; i < lines.size(); i++) {
        line(BODY);
        if (i == 0) {
          show(regular, BODY, MARGIN + 20, y, clean(label, regular));
          show(regular, BODY, MARGIN + labelWidth, y, ":");
        }
        show(regular, BODY, MARGIN + labelWidth + 10, y, lines.get(i));
      }
    }

    /** Signature blocks two to a row: role, space to sign, name, NIP. */
    void signatures(List<String[]> blocks) throws IOException {
      float column = width / 2;
      for (int i = 0; i < blocks.size(); i += 2) {
        float height = 6 * BODY * 1.35f;
        if (y - height < 50) {
          newPage();
        }
        float top = y;
        for (int j = i; j < Math.min(i + 2, blocks.size()); j++) {
          String[] block = blocks.get(j);
          float x = MARGIN + (j - i) * column;
          float line = top - BODY * 1.35f;
          show(regular, BODY, x, line, clean(block[0], regular));
          line -= 3.5f * BODY * 1.35f;
          show(bold, BODY, x, line, clean(block[1], bold));
          line -= BODY * 1.35f;
          show(regular, BODY, x, line, clean(block[2], regular));
        }
        y = top - height - 8;
      }
    }

    private void line(float size) throws IOException {
      if (y - size * 1.35f < 50) {
        newPage();
      }
      y -= size * 1.35f;
    }

    private void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    private String clean(String text, PDFont font) {
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
          out.append(' ');
        } else {
          out.appendCodePoint(drawable.computeIfAbsent(font == bold ? -cp - 1 : cp, key -> canDraw(font, cp)) ? cp : '?');
        }
      });
      return out.toString().strip();
    }

    private static boolean canDraw(PDFont font, int codePoint) {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IOException | IllegalArgumentException e) {
        return false;
      }
    }

    @Override
    public void close() throws IOException {
      content.close();
    }
  }
}
