package id.asn.workflow.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.Refusal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFormatTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** A list with a cell of every type, a formula-like name and text holding both separators. */
  private static Table sample() {
    return Table.of("nomorPeserta", "nama", "nilai", "peringkat", "tanggal", "lulus", "keterangan")
        .row("A1", "=HYPERLINK(\"http://x\",\"klik\")", new BigDecimal("12.5"), 1, LocalDate.of(2025, 1, 31), true,
            "D4;S1, sesuai formasi")
        .row("A2", "Siti Aminah", new BigDecimal("-3.25"), 2L, null, false, null);
  }

  private static String text(byte[] file) {
    return new String(file, StandardCharsets.UTF_8);
  }

  @Nested
  class CommaSeparated {

    @Test
    void startsWithTheUtf8ByteOrderMarkThenTheHeader() {
      byte[] file = ExportFormat.CSV.render("daftar", sample());
      assertThat(Arrays.copyOf(file, 3)).isEqualTo(BOM);
      assertThat(text(file)).startsWith("\uFEFFnomorPeserta,nama,nilai,peringkat,tanggal,lulus,keterangan\r\n");
    }

    @Test
    void isCommaSeparatedWithPointDecimalsIsoDatesAndQuotesWhereNeeded() {
      assertThat(text(ExportFormat.CSV.render("daftar", sample())).lines().skip(1)).containsExactly(
          "A1,\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",12.5,1,2025-01-31,true,\"D4;S1, sesuai formasi\"",
          "A2,Siti Aminah,-3.25,2,,false,");
    }
  }

  @Nested
  class CsvForADecimalCommaSpreadsheet {

    @Test
    void startsWithTheUtf8ByteOrderMark() {
      assertThat(Arrays.copyOf(ExportFormat.CSV_ID.render("daftar", sample()), 3)).isEqualTo(BOM);
    }

    @Test
    void isSemicolonSeparatedWithDecimalCommasAndQuotesCellsHoldingASemicolon() {
      assertThat(text(ExportFormat.CSV_ID.render("daftar", sample())).lines()).containsExactly(
          "\uFEFFnomorPeserta;nama;nilai;peringkat;tanggal;lulus;keterangan",
          "A1;\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\";12,5;1;2025-01-31;true;\"D4;S1, sesuai formasi\"",
          "A2;Siti Aminah;-3,25;2;;false;");
    }

    @Test
    void aCommaAloneNeedsNoQuotes() {
      assertThat(CsvTableWriter.cell("Batang, Jawa Tengah", ';', true)).isEqualTo("Batang, Jawa Tengah");
      assertThat(CsvTableWriter.cell(12.5, ';', true)).isEqualTo("12,5");
      assertThat(CsvTableWriter.cell(1.0E7, ';', true)).as("never an exponent").isEqualTo("10000000");
    }
  }

  @Nested
  class Neutralising {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"klik\")", "+62 811", "-2+3", "@SUM(A1:A9)", "\t=1", "\r=1"})
    void aTextCellASpreadsheetWouldRunGetsALeadingApostropheInBothCsvDialects(String text) {
      assertThat(CsvTableWriter.cell(text, ',', false)).contains("'" + text.replace("\"", "\"\""));
      assertThat(CsvTableWriter.cell(text, ';', true)).contains("'" + text.replace("\"", "\"\""));
    }

    @Test
    void ordinaryTextAndNegativeNumbersStayAsTheyAre() {
      assertThat(CsvTableWriter.cell("Rp 1=2", ',', false)).isEqualTo("Rp 1=2");
      assertThat(CsvTableWriter.cell(-5L, ',', false)).isEqualTo("-5");
      assertThat(CsvTableWriter.cell(new BigDecimal("-1.50"), ';', true)).isEqualTo("-1,50");
      assertThat(CsvTableWriter.cell(null, ',', false)).isEmpty();
    }
  }

  @Nested
  class Xlsx {

    @Test
    void readsBackWithABoldFrozenHeaderAndTypedCells() throws IOException {
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ExportFormat.XLSX.render("hasil-skd", sample())))) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getSheetName()).isEqualTo("hasil-skd");
        assertThat(sheet.getLastRowNum()).as("header and two rows").isEqualTo(2);
        Row header = sheet.getRow(0);
        assertThat(header.getCell(0).getStringCellValue()).isEqualTo("nomorPeserta");
        assertThat(header.getCell(6).getStringCellValue()).isEqualTo("keterangan");
        assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

        Row first = sheet.getRow(1);
        assertThat(first.getCell(1).getCellType()).as("text, not a formula").isEqualTo(CellType.STRING);
        assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"klik\")");
        assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(12.5);
        assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1);
        Cell date = first.getCell(4);
        assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
        assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(first.getCell(5).getBooleanCellValue()).isTrue();
        assertThat(sheet.getRow(2).getCell(4)).as("an empty cell stays empty").isNull();
        assertThat(sheet.getColumnWidth(6)).as("wide enough for its text").isGreaterThan(20 * 256);
      }
    }

    @Test
    void aHundredThousandRowsStreamThroughTheWriter() throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (TableWriter writer = ExportFormat.XLSX.open(out, "besar", Table.of("nomor", "nilai", "tanggal").columns())) {
        for (int i = 0; i < 100_000; i++) {
          writer.row("P" + i, BigDecimal.valueOf(i, 2), LocalDate.of(2025, 1, 1).plusDays(i % 365));
        }
        writer.finish();
      }
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
        Sheet sheet = book.getSheetAt(0);
        assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(100_001);
        assertThat(sheet.getRow(100_000).getCell(1).getNumericCellValue()).isEqualTo(999.99);
      }
    }
  }

  @Nested
  class Choosing {

    @Test
    void noValueIsTheEndpointsDefaultAndCaseAndSpaceDoNotMatter() {
      assertThat(ExportFormat.choose(null, "json", "json")).isEqualTo("json");
      assertThat(ExportFormat.choose(" ", "csv")).isEqualTo("csv");
      assertThat(ExportFormat.choose(" XLSX ", "json", "json")).isEqualTo("xlsx");
      assertThat(ExportFormat.of(ExportFormat.choose("csv-id", "json", "json", "pdf"))).contains(ExportFormat.CSV_ID);
      assertThat(ExportFormat.of("pdf")).isEmpty();
    }

    @Test
    void anUnknownValueIsRefusedNamingTheFieldAndTheValuesItTakes() {
      assertThatThrownBy(() -> ExportFormat.choose("xls", "json", "json", "pdf"))
          .isInstanceOfSatisfying(Refusal.class, refusal -> {
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(refusal.problems()).singleElement().satisfies(p -> {
              assertThat(p.field()).isEqualTo("format");
              assertThat(p.reason()).isEqualTo("harus salah satu dari json, pdf, csv, csv-id atau xlsx, bukan 'xls'");
            });
          });
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void eachFormatHasItsContentTypeAndExtension(ExportFormat format) {
      assertThat(format.contentType()).isEqualTo(format == ExportFormat.XLSX
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv;charset=UTF-8");
      assertThat(format.extension()).isEqualTo(format == ExportFormat.XLSX ? "xlsx" : "csv");
    }
  }

  @Test
  void aCellOfAnotherTypeOrARowOfAnotherWidthIsAProgrammingError() {
    assertThatThrownBy(() -> Table.of("a").row(new Object())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Table.of("a", "b").row("x")).isInstanceOf(IllegalArgumentException.class);
  }
}
