package id.asn.workflow.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.DocumentType;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void keepsTheOperatorsFileName() {
    assertThat(FileNames.safe("Ijazah Siti (legalisir).pdf", DocumentType.IJAZAH)).isEqualTo("Ijazah Siti (legalisir).pdf");
  }

  @Test
  void dropsTheFoldersOfTheOperatorsComputer() {
    assertThat(FileNames.safe("C:\\Users\\op\\Desktop\\skck.pdf", DocumentType.SKCK)).isEqualTo("skck.pdf");
    assertThat(FileNames.safe("../../skck.pdf", DocumentType.SKCK)).isEqualTo("skck.pdf");
  }

  @Test
  void dropsControlCharactersAndQuotes() {
    assertThat(FileNames.safe("a\r\nb\".pdf", DocumentType.DRH)).isEqualTo("ab.pdf");
  }

  @Test
  void dropsInvisibleCharactersThatDisguiseTheExtension() {
    assertThat(FileNames.safe("tagihan\u202Efdp.exe", DocumentType.DRH)).isEqualTo("tagihanfdp.exe");
    assertThat(FileNames.safe("ijazah\u200B.pdf\uD800", DocumentType.IJAZAH)).isEqualTo("ijazah.pdf");
    assertThat(FileNames.safe("a\u0000b.pdf", DocumentType.IJAZAH)).isEqualTo("ab.pdf");
  }

  @Test
  void namesANamelessFileAfterItsType() {
    assertThat(FileNames.safe(null, DocumentType.PAS_FOTO)).isEqualTo("pas_foto.jpg");
    assertThat(FileNames.safe("  ", DocumentType.IJAZAH)).isEqualTo("ijazah.pdf");
  }

  @Test
  void shortensALongNameButKeepsItsExtension() {
    String name = FileNames.safe("x".repeat(300) + ".pdf", DocumentType.IJAZAH);

    assertThat(name).hasSize(255).endsWith(".pdf");
  }
}
