package id.asn.workflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letter's fonts, DejaVu Serif regular and bold: read from the classpath once, embedded as subsets in every
 * letter, so it looks the same everywhere and Indonesian text needs no font on the reader's machine.
 */
final class PertekFonts {

  private static final String REGULAR = "/fonts/dejavu/DejaVuSerif.ttf";
  private static final String BOLD = "/fonts/dejavu/DejaVuSerif-Bold.ttf";

  private final BitSet regularGlyphs;
  private final BitSet boldGlyphs;
  /**
   * Parsed fonts, one pair per thread: parsing costs more than the rest of a page, and a parsed font may be
   * reused by document after document (PDFBox leaves it open) but not by two threads at once.
   */
  private final ThreadLocal<TrueTypeFont[]> parsed;

  PertekFonts() {
    byte[] regular = resource(REGULAR);
    byte[] bold = resource(BOLD);
    this.regularGlyphs = coverage(regular);
    this.boldGlyphs = coverage(bold);
    this.parsed = ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(regular), parse(bold)});
  }

  /** Both fonts embedded (as subsets) in {@code document}. */
  Embedded embedIn(PDDocument document) throws IOException {
    TrueTypeFont[] ttf = parsed.get();
    return new Embedded(PDType0Font.load(document, ttf[0], true), PDType0Font.load(document, ttf[1], true),
        regularGlyphs, boldGlyphs);
  }

  /** The fonts of one document, with the code points each can draw. */
  record Embedded(PDFont regular, PDFont bold, BitSet regularGlyphs, BitSet boldGlyphs) {

    PDFont of(boolean strong) {
      return strong ? bold : regular;
    }

    /** The text on one line: whitespace and control characters as spaces, what the font cannot draw as '?'. */
    String clean(String text, boolean strong) {
      if (text == null) {
        return "";
      }
      BitSet glyphs = strong ? boldGlyphs : regularGlyphs;
      StringBuilder out = new StringBuilder(text.length());
      text.codePoints().forEach(cp -> {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
          out.append(' ');
        } else {
          out.appendCodePoint(cp < 0x10000 && glyphs.get(cp) ? cp : '?');
        }
      });
      return out.toString().strip();
    }
  }

  /** The regular face as a TrueType file, for text drawn by the signature's appearance. */
  static byte[] regularFile() {
    return resource(REGULAR);
  }

  private static byte[] resource(String path) {
    try (InputStream in = PertekFonts.class.getResourceAsStream(path)) {
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
}
