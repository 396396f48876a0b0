package id.asn.workflow.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Numbers in words, as a letter writes a time limit: "30 (tiga puluh) hari kerja". */
class IndonesianTextTest {

  @Test
  void numbersAreWrittenAsAnOfficialLetterWritesThem() {
    assertThat(IndonesianText.words(0)).isEqualTo("nol");
    assertThat(IndonesianText.words(1)).isEqualTo("satu");
    assertThat(IndonesianText.words(10)).isEqualTo("sepuluh");
    assertThat(IndonesianText.words(11)).isEqualTo("sebelas");
    assertThat(IndonesianText.words(15)).isEqualTo("lima belas");
    assertThat(IndonesianText.words(20)).isEqualTo("dua puluh");
    assertThat(IndonesianText.words(25)).isEqualTo("dua puluh lima");
    assertThat(IndonesianText.words(30)).isEqualTo("tiga puluh");
    assertThat(IndonesianText.words(100)).isEqualTo("seratus");
    assertThat(IndonesianText.words(111)).isEqualTo("seratus sebelas");
    assertThat(IndonesianText.words(250)).isEqualTo("dua ratus lima puluh");
    assertThat(IndonesianText.words(1000)).isEqualTo("seribu");
    assertThat(IndonesianText.words(1250)).isEqualTo("seribu dua ratus lima puluh");
    assertThat(IndonesianText.words(2024)).isEqualTo("dua ribu dua puluh empat");
  }

  @Test
  void aMomentIsWrittenInJakartaTime() {
    // 22:05 UTC on 4 December is 05.05 WIB the next morning
    assertThat(IndonesianText.dateTime(java.time.Instant.parse("2026-12-04T22:05:00Z")))
        .isEqualTo("5 Desember 2026 05.05 WIB");
    assertThat(IndonesianText.dateTime(null)).isEmpty();
  }

  @Test
  void aNumberOutOfRangeIsRefused() {
    assertThatThrownBy(() -> IndonesianText.words(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndonesianText.words(10000)).isInstanceOf(IllegalArgumentException.class);
  }
}
