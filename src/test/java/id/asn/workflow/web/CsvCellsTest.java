package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "+62 811", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"})
  void aCellASpreadsheetWouldRunIsPrefixedWithAnApostrophe(String cell) {
    assertThat(CsvCells.safe(cell)).isEqualTo("'" + cell);
  }

  @Test
  void ordinaryTextStaysAsItIs() {
    assertThat(CsvCells.safe("Siti Aminah")).isEqualTo("Siti Aminah");
    assertThat(CsvCells.safe("pemroses1")).isEqualTo("pemroses1");
    assertThat(CsvCells.safe("Rp 1=2")).isEqualTo("Rp 1=2");
  }

  @Test
  void nothingIsAnEmptyCell() {
    assertThat(CsvCells.safe(null)).isEmpty();
    assertThat(CsvCells.safe("")).isEmpty();
  }

  @Test
  void quotedEnclosesSeparatorsAndDoublesQuotes() {
    assertThat(CsvCells.quoted("Batang, Jawa Tengah")).isEqualTo("\"Batang, Jawa Tengah\"");
    assertThat(CsvCells.quoted("kata \"sah\"")).isEqualTo("\"kata \"\"sah\"\"\"");
    assertThat(CsvCells.quoted("baris\nbaru")).isEqualTo("\"baris\nbaru\"");
    assertThat(CsvCells.quoted("=1+1,2")).isEqualTo("\"'=1+1,2\"");
    assertThat(CsvCells.quoted("biasa")).isEqualTo("biasa");
  }
}
