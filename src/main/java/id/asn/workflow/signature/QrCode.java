package id.asn.workflow.signature;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn into a PDF as vector squares (sharp at any zoom, a few hundred bytes), with error
 * correction M so that a creased or stamped printout still scans.
 */
final class QrCode {

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  static QrCode of(String text) {
    try {
      // width 0: one unit per module; the quiet zone is the white page around it
      return new QrCode(new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
              EncodeHintType.CHARACTER_SET, "UTF-8")));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Teks terlalu panjang untuk kode QR: " + text, e);
    }
  }

  int modules() {
    return modules.getWidth();
  }

  /** Draws the code with its lower left corner at (x, y), each module {@code moduleSize} points wide. */
  void draw(PDPageContentStream content, float x, float y, float moduleSize) throws IOException {
    int size = modules.getWidth();
    for (int row = 0; row < size; row++) {
      float top = y + (size - row) * moduleSize;
      int column = 0;
      while (column < size) {
        if (!modules.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < size && modules.get(column, row)) {
          column++;
        }
        // one rectangle per run of dark modules; a hair of overlap hides seams in some viewers
        content.addRect(x + start * moduleSize, top - moduleSize, (column - start) * moduleSize, moduleSize + 0.01f);
      }
    }
    content.fill();
  }
}
