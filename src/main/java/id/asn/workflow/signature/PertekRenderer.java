package id.asn.workflow.signature;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out a Pertek as an A4 PDF: letterhead, title and number, legal bases, the candidate's table, the
 * signature block and the QR code to the public verification page. The fonts (DejaVu Serif) are embedded
 * as subsets, so the letter looks the same everywhere and Indonesian text needs no font on the reader's
 * machine. The output depends only on the content: the same content gives the same bytes (fixed dates and
 * document id), so a redraft of unchanged data stores nothing new.
 */
public final class PertekRenderer {

  static final String REGULAR = "/fonts/dejavu/DejaVuSerif.ttf";
  static final String BOLD = "/fonts/dejavu/DejaVuSerif-Bold.ttf";

  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final float MARGIN_LEFT = 64;
  private static final float MARGIN_RIGHT = 56;
  private static final float MARGIN_TOP = 44;
  private static final float MARGIN_BOTTOM = 52;
  private static final float BODY = 10.5f;
  private static final float SMALL = 9.5f;

  private final byte[] regular;
  private final byte[] bold;
  private final BitSet regularGlyphs;
  private final BitSet boldGlyphs;
  /**
   * Parsed fonts, one pair per thread: parsing costs more than the rest of a page, and a parsed font may be
   * reused by document after document (PDFBox leaves it open) but not by two threads at once.
   */
  private final ThreadLocal<TrueTypeFont[]> parsed;

  public PertekRenderer() {
    this.regular = resource(REGULAR);
    this.bold = resource(BOLD);
    this.regularGlyphs = coverage(regular);
    this.boldGlyphs = coverage(bold);
    this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(regular), parse(bold)});
  }

  /** The PDF of a Pertek; thread-safe. */
  public byte[] render(PertekContent content) {
    try (PDDocument document = new PDDocument()) {
      document.setVersion(1.7f);
      TrueTypeFont[] ttf = parsed.get();
      Fonts fonts = new Fonts(PDType0Font.load(document, ttf[0], true), PDType0Font.load(document, ttf[1], true));
      describe(document, content);
      try (Layout layout = new Layout(document, fonts)) {
        letter(layout, content);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Pertek " + content.nomor() + " tidak dapat disusun sebagai PDF", e);
    }
  }

  private void letter(Layout layout, PertekContent c) throws IOException {
    boolean pns = c.jenisAsn() == JenisAsn.PNS;
    String nomorIndukLabel = pns ? "NIP" : "NI PPPK";

    for (int i = 0; i < c.kantor().kop().size(); i++) {
      layout.centered(c.kantor().kop().get(i), true, i == 0 ? 14 : 13);
    }
    if (c.kantor().alamat() != null && !c.kantor().alamat().isBlank()) {
      layout.centered(c.kantor().alamat(), false, 9);
    }
    layout.doubleRule();

    layout.gap(6);
    layout.centered("PERSETUJUAN TEKNIS", true, 12.5f);
    layout.centered(pns ? "PENETAPAN NOMOR INDUK PEGAWAI NEGERI SIPIL"
        : "PENETAPAN NOMOR INDUK PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA", true, 11.5f);
    layout.centered("Nomor: " + c.nomor(), false, BODY);
    layout.gap(8);

    layout.paragraph("Dasar hukum:", true, BODY);
    List<String> bases = c.dasarHukum();
    for (int i = 0; i < bases.size(); i++) {
      layout.numbered((i + 1) + ".", bases.get(i), SMALL);
    }
    layout.gap(6);

    layout.paragraph("Berdasarkan usul penetapan Nomor Induk dari " + c.instansi() + " dan hasil verifikasi berkas yang "
        + "dinyatakan Memenuhi Syarat (MS), " + c.kantor().nama() + " memberikan persetujuan teknis penetapan " + (pns ? "Nomor Induk Pegawai Negeri Sipil (NIP)"
        : "Nomor Induk Pegawai Pemerintah dengan Perjanjian Kerja (NI PPPK)") + " kepada:", false, BODY);
    layout.gap(4);

    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Nama", c.nama()});
    rows.add(new String[] {"Nomor peserta", c.nomorPeserta()});
    rows.add(new String[] {"Tempat, tanggal lahir", c.tempatLahir() + ", " + IndonesianText.date(c.tanggalLahir())});
    rows.add(new String[] {"Jenis kelamin", IndonesianText.gender(c.jenisKelamin())});
    rows.add(new String[] {"Pendidikan", IndonesianText.education(c.pendidikan())});
    rows.add(new String[] {"Jabatan", c.jabatan()});
    rows.add(new String[] {"Unit kerja", c.unitKerja()});
    rows.add(new String[] {"Instansi", c.instansi()});
    rows.add(new String[] {pns ? "TMT CPNS" : "TMT perjanjian kerja", IndonesianText.date(c.tmt())});
    if (pns && c.golonganRuang() != null) {
      rows.add(new String[] {"Golongan ruang", c.golonganRuang()});
    }
    rows.add(new String[] {nomorIndukLabel, IndonesianText.nomorInduk(c.nomorInduk(), c.jenisAsn())});
    layout.table(rows, rows.size() - 1, BODY);
    layout.gap(8);

    layout.paragraph(pns
        ? "Persetujuan teknis ini menjadi dasar bagi Pejabat Pembina Kepegawaian " + c.instansi() + " untuk menetapkan "
            + "keputusan pengangkatan yang bersangkutan sebagai Calon Pegawai Negeri Sipil paling lama 30 (tiga puluh) "
            + "hari kerja sejak NIP diterima."
        : "Persetujuan teknis ini menjadi dasar bagi Pejabat Pembina Kepegawaian " + c.instansi() + " untuk menetapkan "
            + "keputusan pengangkatan yang bersangkutan sebagai Pegawai Pemerintah dengan Perjanjian Kerja dan "
            + "menandatangani perjanjian kerjanya.", false, BODY);
    layout.gap(14);

    layout.signatureBlock(c.kantor().kota() + ", " + IndonesianText.date(c.tanggal()), c.kantor().jabatanPenandatangan(),
        QrCode.of(c.urlVerifikasi()), c.urlVerifikasi());
  }

  private static void describe(PDDocument document, PertekContent c) {
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle("Persetujuan Teknis Penetapan NI " + c.jenisAsn() + " Nomor " + c.nomor());
    info.setSubject(c.nama() + " - " + c.nomorInduk());
    info.setAuthor(String.join(" ", c.kantor().kop()));
    info.setCreator("asn-workflow");
    info.setProducer("asn-workflow (Apache PDFBox)");
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(JAKARTA));
    date.clear();
    date.set(c.tanggal().getYear(), c.tanggal().getMonthValue() - 1, c.tanggal().getDayOfMonth());
    info.setCreationDate(date);
    info.setModificationDate(date);
    // a fixed id from the content instead of one from the clock: equal content, equal bytes
    byte[] id = digest(c.toString());
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().getTrailer().setItem(COSName.ID, ids);
  }

  private static byte[] digest(String text) {
    try {
      byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      byte[] id = new byte[16];
      System.arraycopy(sha256, 0, id, 0, id.length);
      return id;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static byte[] resource(String path) {
    try (InputStream in = PertekRenderer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Font " + path + " is missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font " + path, e);
    }
  }

  private static TrueTypeFont parse(byte[] font) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(font));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font", e);
    }
  }

  /** The Unicode code points the font can draw; any other character is printed as '?' rather than failing. */
  private static BitSet coverage(byte[] font) {
    try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
      CmapLookup cmap = ttf.getUnicodeCmapLookup();
      BitSet glyphs = new BitSet(0x10000);
      for (int codePoint = 0x20; codePoint < 0x10000; codePoint++) {
        if (cmap.getGlyphId(codePoint) != 0) {
          glyphs.set(codePoint);
        }
      }
      return glyphs;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read font", e);
    }
  }

  private record Fonts(PDFont regular, PDFont bold) {}

  /** A cursor down the page that wraps text and starts a new page when the current one is full. */
  private final class Layout implements AutoCloseable {

    private final PDDocument document;
    private final Fonts fonts;
    private final float width;
    private PDPageContentStream content;
    private float y;

    Layout(PDDocument document, Fonts fonts) throws IOException {
      this.document = document;
      this.fonts = fonts;
      this.width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN_TOP;
    }

    private void ensure(float height) throws IOException {
      if (y - height < MARGIN_BOTTOM) {
        newPage();
      }
    }

    void gap(float points) {
      y -= points;
    }

    void centered(String text, boolean strong, float size) throws IOException {
      PDFont font = strong ? fonts.bold() : fonts.regular();
      for (String line : PdfText.wrap(clean(text, strong), font, size, width)) {
        ensure(leading(size));
        y -= leading(size);
        show(font, size, MARGIN_LEFT + (width - PdfText.width(line, font, size)) / 2, y + descent(size), line);
      }
    }

    void paragraph(String text, boolean strong, float size) throws IOException {
      PDFont font = strong ? fonts.bold() : fonts.regular();
      for (String line : PdfText.wrap(clean(text, strong), font, size, width)) {
        ensure(leading(size));
        y -= leading(size);
        show(font, size, MARGIN_LEFT, y + descent(size), line);
      }
    }

    void numbered(String number, String text, float size) throws IOException {
      float indent = 18;
      List<String> lines = PdfText.wrap(clean(text, false), fonts.regular(), size, width - indent);
      for (int i = 0; i < lines.size(); i++) {
        ensure(leading(size));
        y -= leading(size);
        if (i == 0) {
          show(fonts.regular(), size, MARGIN_LEFT + 2, y + descent(size), number);
        }
        show(fonts.regular(), size, MARGIN_LEFT + indent, y + descent(size), lines.get(i));
      }
    }

    /** Label and value rows in a ruled table; the row {@code strongRow} (the new Nomor Induk) in bold. */
    void table(List<String[]> rows, int strongRow, float size) throws IOException {
      float labelWidth = 150;
      float padding = 4;
      float valueWidth = width - labelWidth;
      content.setLineWidth(0.5f);
      for (int r = 0; r < rows.size(); r++) {
        PDFont valueFont = r == strongRow ? fonts.bold() : fonts.regular();
        List<String> label = PdfText.wrap(clean(rows.get(r)[0], false), fonts.regular(), size, labelWidth - 2 * padding);
        List<String> value = PdfText.wrap(clean(rows.get(r)[1], r == strongRow), valueFont, size, valueWidth - 2 * padding);
        int lines = Math.max(label.size(), value.size());
        float height = lines * leading(size) + 2 * padding;
        ensure(height);
        float top = y;
        for (int i = 0; i < lines; i++) {
          float baseline = top - padding - (i + 1) * leading(size) + descent(size);
          if (i < label.size()) {
            show(fonts.regular(), size, MARGIN_LEFT + padding, baseline, label.get(i));
          }
          if (i < value.size()) {
            show(valueFont, size, MARGIN_LEFT + labelWidth + padding, baseline, value.get(i));
          }
        }
        content.addRect(MARGIN_LEFT, top - height, labelWidth, height);
        content.addRect(MARGIN_LEFT + labelWidth, top - height, valueWidth, height);
        content.stroke();
        y = top - height;
      }
    }

    void doubleRule() throws IOException {
      ensure(8);
      y -= 5;
      content.setLineWidth(1.6f);
      content.moveTo(MARGIN_LEFT, y);
      content.lineTo(MARGIN_LEFT + width, y);
      content.stroke();
      y -= 2.5f;
      content.setLineWidth(0.5f);
      content.moveTo(MARGIN_LEFT, y);
      content.lineTo(MARGIN_LEFT + width, y);
      content.stroke();
    }

    /** Place and date, the official's title and the electronic-signature note on the right; the QR code on the left. */
    void signatureBlock(String placeAndDate, String official, QrCode qr, String url) throws IOException {
      float moduleSize = 2.3f;
      float qrSize = qr.modules() * moduleSize;
      float blockHeight = Math.max(qrSize + 4 * leading(8), 6 * leading(BODY));
      ensure(blockHeight);
      float top = y;
      float right = MARGIN_LEFT + width * 0.52f;
      float rightWidth = width * 0.48f;
      float line = top;
      List<String> signature = new ArrayList<>();
      signature.add(placeAndDate);
      signature.addAll(PdfText.wrap(clean(official + ",", false), fonts.regular(), BODY, rightWidth));
      for (String text : signature) {
        line -= leading(BODY);
        show(fonts.regular(), BODY, right, line + descent(BODY), text);
      }
      line -= leading(BODY) * 1.2f;
      for (String text : PdfText.wrap("Ditandatangani secara elektronik", fonts.bold(), BODY, rightWidth)) {
        line -= leading(BODY);
        show(fonts.bold(), BODY, right, line + descent(BODY), text);
      }
      for (String text : PdfText.wrap("dengan sertifikat elektronik (PAdES); nama penandatangan tercantum pada sertifikat "
          + "dan halaman verifikasi.", fonts.regular(), 8, rightWidth)) {
        line -= leading(8);
        show(fonts.regular(), 8, right, line + descent(8), text);
      }

      qr.draw(content, MARGIN_LEFT, top - qrSize, moduleSize);
      float caption = top - qrSize - 2;
      for (String text : PdfText.wrap(clean("Pindai untuk memeriksa keaslian: " + url, false), fonts.regular(), 7,
          right - MARGIN_LEFT - 12)) {
        caption -= leading(7);
        show(fonts.regular(), 7, MARGIN_LEFT, caption + descent(7), text);
      }
      y = Math.min(line, caption) - 4;
    }

    private void show(PDFont font, float size, float x, float baseline, String text) throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    private float leading(float size) {
      return size * 1.32f;
    }

    private float descent(float size) {
      return size * 0.3f;
    }

    private String clean(String text, boolean strong) {
      BitSet glyphs = strong ? boldGlyphs : regularGlyphs;
      StringBuilder out = new StringBuilder(text == null ? 0 : text.length());
      if (text == null) {
        return "";
      }
      text.codePoints().forEach(cp -> {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
          out.append(' ');
        } else {
          out.appendCodePoint(cp < 0x10000 && glyphs.get(cp) ? cp : '?');
        }
      });
      return out.toString().strip();
    }

    @Override
    public void close() throws IOException {
      content.close();
    }
  }
}
