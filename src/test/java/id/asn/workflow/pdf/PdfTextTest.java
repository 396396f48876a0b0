package id.asn.workflow.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfTextTest {

  private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.COURIER); // 600/1000 em a character

  @Test
  void wrapsAtWordsWithinTheWidth() {
    // Courier at 10 pt: 6 pt a character, so 60 pt holds 10 characters
    assertThat(PdfText.wrap("Siti Aminah binti Ahmad", font, 10, 60))
        .containsExactly("Siti", "Aminah", "binti", "Ahmad");
    // 72 pt holds 12 characters: "Siti Aminah" (11) fits, "Siti Aminah binti" (17) does not
    assertThat(PdfText.wrap("Siti Aminah binti Ahmad", font, 10, 72)).containsExactly("Siti Aminah", "binti Ahmad");
  }

  @Test
  void cutsAWordLongerThanTheLine() {
    assertThat(PdfText.wrap("https://example.id/verifikasi", font, 10, 60))
        .containsExactly("https://ex", "ample.id/v", "erifikasi");
  }

  @Test
  void givesOneEmptyLineForNoText() {
    assertThat(PdfText.wrap("", font, 10, 60)).containsExactly("");
  }
}
