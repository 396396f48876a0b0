package id.asn.workflow.tabular;

import id.asn.workflow.pdf.PdfText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain A4 report: titles, wrapped paragraphs and tables that continue on the next page with their
 * header repeated. Text outside what the standard fonts can show (WinAnsi) is replaced by '?', so data
 * typed by an instansi never breaks the document.
 */
public final class PdfReport implements AutoCloseable {

  private static final float MARGIN = 36;
  private static final float TEXT = 9;
  private static final float LEADING = 11.5f;

  private final PDDocument document = new PDDocument();
  private final PDRectangle size;
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private final Map<Character, Boolean> encodable = new HashMap<>();
  private PDPageContentStream content;
  private float y;
  private int pages;
  private final String footer;

  public PdfReport(String title, String footer, boolean landscape) {
    this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
    this.footer = footer;
    document.getDocumentInformation().setTitle(safe(title));
    document.getDocumentInformation().setCreator("asn-workflow");
    newPage();
  }

  public float width() {
    return size.getWidth() - 2 * MARGIN;
  }

  public void title(String text) {
    write(text, bold, 13, 17);
    y -= 4;
  }

  public void heading(String text) {
    y -= 4;
    write(text, bold, 10.5f, 14);
  }

  public void paragraph(String text) {
    write(text, regular, TEXT, LEADING);
  }

  public void space() {
    y -= LEADING / 2;
  }

  /** A table; long cells wrap within their column. {@code right} are the columns aligned right (numbers). */
  public void table(float[] widths, String[] header, List<String[]> rows, Set<Integer> right) {
    float scale = width() / sum(widths);
    float[] w = new float[widths.length];
    for (int i = 0; i < widths.length; i++) {
      w[i] = widths[i] * scale;
    }
    row(w, header, bold, Set.of());
    for (String[] cells : rows) {
      float height = rowHeight(w, cells, regular);
      if (y - height < MARGIN + 14) {
        newPage();
        row(w, header, bold, Set.of());
      }
      row(w, cells, regular, right);
    }
  }

  private void row(float[] w, String[] cells, PDType1Font font, Set<Integer> right) {
    float height = rowHeight(w, cells, font);
    if (y - height < MARGIN + 14) {
      newPage();
    }
    try {
      float x = MARGIN;
      for (int i = 0; i < w.length; i++) {
        List<String> lines = wrap(cells[i] == null ? "" : cells[i], font, TEXT, w[i] - 4);
        float lineY = y - TEXT;
        for (String line : lines) {
          float textX = right.contains(i) ? x + w[i] - 2 - font.getStringWidth(line) / 1000 * TEXT : x + 2;
          text(line, font, TEXT, textX, lineY);
          lineY -= LEADING;
        }
        x += w[i];
      }
      y -= height;
      content.setLineWidth(0.3f);
      content.moveTo(MARGIN, y + 2);
      content.lineTo(MARGIN + width(), y + 2);
      content.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private float rowHeight(float[] w, String[] cells, PDType1Font font) {
    int lines = 1;
    for (int i = 0; i < w.length; i++) {
      lines = Math.max(lines, wrap(cells[i] == null ? "" : cells[i], font, TEXT, w[i] - 4).size());
    }
    return lines * LEADING + 3;
  }

  private void write(String text, PDType1Font font, float fontSize, float leading) {
    for (String line : wrap(text, font, fontSize, width())) {
      if (y - leading < MARGIN + 14) {
        newPage();
      }
      text(line, font, fontSize, MARGIN, y - fontSize);
      y -= leading;
    }
  }

  private void text(String line, PDType1Font font, float fontSize, float x, float baseline) {
    try {
      content.beginText();
      content.setFont(font, fontSize);
      content.newLineAtOffset(x, baseline);
      content.showText(line);
      content.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, PDType1Font font, float fontSize, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : safe(text).split("\n", -1)) {
      lines.addAll(PdfText.wrap(paragraph, font, fontSize, maxWidth));
    }
    return lines;
  }

  private String safe(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        out.append(c);
      } else if (c == '\t' || c == '\r') {
        out.append(' ');
      } else {
        out.append(encodable.computeIfAbsent(c, this::canEncode) ? c : '?');
      }
    }
    return out.toString();
  }

  private boolean canEncode(char c) {
    if (c < 0x20) {
      return false;
    }
    try {
      regular.encode(String.valueOf(c));
      return true;
    } catch (IOException | IllegalArgumentException e) {
      return false;
    }
  }

  private void newPage() {
    try {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(size);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      pages++;
      text(safe(footer + " - halaman " + pages), regular, 7, MARGIN, MARGIN - 12);
      y = size.getHeight() - MARGIN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public byte[] toBytes() {
    try {
      content.close();
      content = null;
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      if (content != null) {
        content.close();
      }
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float sum(float[] values) {
    float total = 0;
    for (float v : values) {
      total += v;
    }
    return total;
  }
}
