package id.asn.workflow.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CsvTest {

  private final List<RowProblem> problems = new ArrayList<>();

  private List<Csv.Row> read(String text) {
    return Csv.read(text, List.of("kode", "nama"), List.of("catatan"), problems);
  }

  @Nested
  class Reading {

    @Test
    void quotedCellsMayHoldCommasQuotesAndLineBreaksAndLinesStayThoseOfTheFile() {
      List<Csv.Row> rows = read("kode,nama\r\nA,\"Bidang Pengadaan, Pemberhentian\"\r\nB,\"Dua\nbaris\"\r\nC,\"Kata \"\"kutip\"\"\"\r\n");
      assertThat(problems).isEmpty();
      assertThat(rows).extracting(Csv.Row::line).containsExactly(2, 3, 5);
      assertThat(rows.get(0).get("nama")).isEqualTo("Bidang Pengadaan, Pemberhentian");
      assertThat(rows.get(1).get("nama")).isEqualTo("Dua\nbaris");
      assertThat(rows.get(2).get("nama")).isEqualTo("Kata \"kutip\"");
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreSkippedColumnsMayComeInAnyOrder() {
      List<Csv.Row> rows = read("\uFEFFnama,kode\n\nSatu,1\n\nDua,2");
      assertThat(problems).isEmpty();
      assertThat(rows).extracting(Csv.Row::line).containsExactly(3, 5);
      assertThat(rows.get(1).get("kode")).isEqualTo("2");
      assertThat(rows.get(1).get("catatan")).isEmpty();
    }

    @Test
    void aHeaderWithoutARequiredColumnOrWithAnUnknownOneIsRefusedOnLineOne() {
      read("kode,keterangan\nA,x\n");
      assertThat(problems).extracting(RowProblem::baris, RowProblem::kolom).containsExactlyInAnyOrder(
          org.assertj.core.groups.Tuple.tuple(1, "keterangan"), org.assertj.core.groups.Tuple.tuple(1, "nama"));
    }

    @Test
    void rowsWithTheWrongNumberOfCellsAndStrayQuotesAreReportedEach() {
      List<Csv.Row> rows = read("kode,nama\nA,Satu,lebih\nB,Du\"a\nC\n");
      assertThat(problems).extracting(RowProblem::baris).containsExactlyInAnyOrder(2, 3, 4);
      assertThat(rows).extracting(r -> r.get("kode")).containsExactly("B");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
      read("kode,nama\nA,\"tidak ditutup\nB,Dua\n");
      assertThat(problems).extracting(RowProblem::baris).containsExactly(2);
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderHasNothingToImport() {
      read("");
      assertThat(problems).singleElement().satisfies(p -> assertThat(p.alasan()).contains("berkas kosong"));
      List<RowProblem> headerOnly = new ArrayList<>();
      Csv.read("kode,nama\n", List.of("kode", "nama"), List.of(), headerOnly);
      assertThat(headerOnly).singleElement().satisfies(p -> {
        assertThat(p.baris()).isOne();
        assertThat(p.alasan()).contains("tidak ada baris data");
      });
    }
  }

  @Nested
  class Decoding {

    private final java.util.function.Function<List<RowProblem>, RuntimeException> refuse =
        found -> new IllegalArgumentException(found.toString());

    @Test
    void readsUtf8() {
      assertThat(Csv.decode("nama\nSiti Aminah\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 1024, refuse))
          .isEqualTo("nama\nSiti Aminah\n");
    }

    @Test
    void refusesAnotherEncodingAtTheLineOfItsFirstBadByte() {
      byte[] ansi = "nama\nBambang\nJos\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Csv.decode(ansi, 1024, refuse))
          .hasMessageContaining("baris=3").hasMessageContaining("bukan teks UTF-8");
    }

    @Test
    void refusesAnEmptyBody() {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Csv.decode(new byte[0], 1024, refuse))
          .hasMessageContaining("baris=1").hasMessageContaining("berkas kosong");
    }
  }

  @Test
  void theSameRowsGiveTheSameFingerprintAndOtherRowsAnother() {
    assertThat(Csv.fingerprint(List.of("a", "b"))).isEqualTo(Csv.fingerprint(List.of("a", "b"))).hasSize(64)
        .isNotEqualTo(Csv.fingerprint(List.of("b", "a")));
  }
}
