package id.asn.workflow.signature;

import id.asn.workflow.pdf.PdfText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

/** A cursor down the page that wraps text and starts a new page when the current one is full. */
final class PertekLayout implements AutoCloseable {

  /** Font sizes of the body text and of the legal bases. */
  static final float BODY = 10.5f;
  static final float SMALL = 9.5f;

  /** The signature field the signer's appearance (name, NIP, position) fills, and its room. */
  static final String SIGNATURE_FIELD = "TandaTanganPertek";
  static final float SIGNER_SIZE = 8f;
  private static final int SIGNER_LINES = 4;

  private static final float MARGIN_LEFT = 64;
  private static final float MARGIN_RIGHT = 56;
  private static final float MARGIN_TOP = 44;
  private static final float MARGIN_BOTTOM = 52;

  private final PDDocument document;
  private final PertekFonts.Embedded fonts;
  private final float width;
  private PDPage page;
  private PDPageContentStream content;
  private float y;

  PertekLayout(PDDocument document, PertekFonts.Embedded fonts) throws IOException {
    this.document = document;
    this.fonts = fonts;
    this.width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    newPage();
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    page = new PDPage(PDRectangle.A4);
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
    PDFont font = fonts.of(strong);
    for (String line : PdfText.wrap(fonts.clean(text, strong), font, size, width)) {
      ensure(leading(size));
      y -= leading(size);
      show(font, size, MARGIN_LEFT + (width - PdfText.width(line, font, size)) / 2, y + descent(size), line);
    }
  }

  void paragraph(String text, boolean strong, float size) throws IOException {
    PDFont font = fonts.of(strong);
    for (String line : PdfText.wrap(fonts.clean(text, strong), font, size, width)) {
      ensure(leading(size));
      y -= leading(size);
      show(font, size, MARGIN_LEFT, y + descent(size), line);
    }
  }

  void numbered(String number, String text, float size) throws IOException {
    float indent = 18;
    List<String> lines = PdfText.wrap(fonts.clean(text, false), fonts.regular(), size, width - indent);
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
      List<String> label = PdfText.wrap(fonts.clean(rows.get(r)[0], false), fonts.regular(), size, labelWidth - 2 * padding);
      List<String> value = PdfText.wrap(fonts.clean(rows.get(r)[1], r == strongRow), valueFont, size, valueWidth - 2 * padding);
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
    float fieldHeight = SIGNER_LINES * leading(SIGNER_SIZE) + 4;
    float blockHeight = Math.max(qrSize + 4 * leading(8), 5 * leading(BODY) + fieldHeight);
    ensure(blockHeight);
    float top = y;
    float right = MARGIN_LEFT + width * 0.52f;
    float rightWidth = width * 0.48f;
    float line = top;
    List<String> signature = new ArrayList<>();
    signature.add(placeAndDate);
    signature.addAll(PdfText.wrap(fonts.clean(official + ",", false), fonts.regular(), BODY, rightWidth));
    for (String text : signature) {
      line -= leading(BODY);
      show(fonts.regular(), BODY, right, line + descent(BODY), text);
    }
    line -= leading(BODY) * 1.2f;
    for (String text : PdfText.wrap("Ditandatangani secara elektronik", fonts.bold(), BODY, rightWidth)) {
      line -= leading(BODY);
      show(fonts.bold(), BODY, right, line + descent(BODY), text);
    }
    // the signer's name, NIP and position appear here as the signature's own appearance, drawn when it is signed:
    // the draft the signer approves stays the signed file's first revision, byte for byte
    line -= fieldHeight;
    signatureField(right, line, rightWidth, fieldHeight);

    qr.draw(content, MARGIN_LEFT, top - qrSize, moduleSize);
    float caption = top - qrSize - 2;
    for (String text : PdfText.wrap(fonts.clean("Pindai untuk memeriksa keaslian: " + url, false), fonts.regular(), 7,
        right - MARGIN_LEFT - 12)) {
      caption -= leading(7);
      show(fonts.regular(), 7, MARGIN_LEFT, caption + descent(7), text);
    }
    y = Math.min(line, caption) - 4;
  }

  /** An empty signature field on the current page; the signer's appearance fills it. */
  private void signatureField(float x, float bottom, float w, float h) throws IOException {
    PDAcroForm form = document.getDocumentCatalog().getAcroForm();
    if (form == null) {
      form = new PDAcroForm(document);
      document.getDocumentCatalog().setAcroForm(form);
    }
    PDSignatureField field = new PDSignatureField(form);
    field.setPartialName(SIGNATURE_FIELD);
    PDAnnotationWidget widget = field.getWidgets().get(0);
    widget.setRectangle(new PDRectangle(x, bottom, w, h));
    widget.setPage(page);
    widget.setPrinted(true);
    page.getAnnotations().add(widget);
    form.getFields().add(field);
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

  @Override
  public void close() throws IOException {
    content.close();
  }
}
