package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The berita acara read back with PDFBox: three copies, each marked, each holding the whole record. */
class OathRecordPdfTest {

  private static final String BODY = "bahwa saya, untuk diangkat menjadi Pegawai Negeri Sipil, akan setia dan taat "
      + "sepenuhnya kepada Pancasila; bahwa saya, akan bekerja dengan jujur, tertib, cermat, dan bersemangat untuk "
      + "kepentingan negara.";

  private static final OathPerson PNS =
      new OathPerson("Siti Aminah", "199805172025062001", GolonganRuang.III_A, "Analis Kebijakan Ahli Pertama");
  private static final OathWording KRISTEN = OathWording.compose(Agama.KRISTEN, OathForm.SUMPAH,
      new OathPhrases("Demi Allah, saya bersumpah", "Kiranya Tuhan menolong saya", false), BODY, null);

  private static OathRecord record(String officialPosition) {
    return new OathRecord("800/123/2026", LocalDate.of(2026, 6, 2), "Pendopo Kabupaten Batang",
        "Pemerintah Kabupaten Batang", PNS, KRISTEN,
        new OathPerson("Drs. Hadi Prasetyo", "197001011995031001", GolonganRuang.IV_C, officialPosition),
        "Pdt. Yohanes Wibowo",
        List.of(new OathPerson("Budi Santoso", "198001012005011001", GolonganRuang.III_A, ""),
            new OathPerson("Wati Lestari", "197502022000032002", GolonganRuang.IV_A, "")));
  }

  private static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document).replaceAll("\\s+", " "));
      }
      return pages;
    }
  }

  @Test
  void threeCopiesEachOnItsOwnPageAndMarkedForItsRecipient() throws IOException {
    List<String> pages = pages(OathRecordPdf.render(record("Sekretaris Daerah")));
    assertThat(pages).hasSize(3);
    assertThat(pages.get(0)).contains("Rangkap 1 dari 3: untuk PNS yang mengangkat sumpah/janji")
        .doesNotContain("Rangkap 2").doesNotContain("Rangkap 3");
    assertThat(pages.get(1)).contains("Rangkap 2 dari 3: untuk arsip Instansi")
        .doesNotContain("Rangkap 1").doesNotContain("Rangkap 3");
    assertThat(pages.get(2)).contains("Rangkap 3 dari 3: untuk arsip Badan Kepegawaian Negara")
        .doesNotContain("Rangkap 1").doesNotContain("Rangkap 2");
  }

  @Test
  void everyCopyHoldsTheWholeRecord() throws IOException {
    for (String page : pages(OathRecordPdf.render(record("Sekretaris Daerah")))) {
      assertThat(page)
          .contains("BERITA ACARA PENGAMBILAN SUMPAH/JANJI PEGAWAI NEGERI SIPIL")
          .contains("Nomor: 800/123/2026")
          .contains("Pada hari ini Selasa tanggal 2 Juni 2026, bertempat di Pendopo Kabupaten Batang")
          .contains("Drs. Hadi Prasetyo, NIP 19700101 199503 1 001, Sekretaris Daerah, telah mengambil sumpah")
          .contains("Siti Aminah").contains("19980517 202506 2 001").contains("Penata Muda, III/a")
          .contains("Analis Kebijakan Ahli Pertama").contains("Pemerintah Kabupaten Batang")
          .contains("didampingi oleh rohaniwan Pdt. Yohanes Wibowo")
          .contains("1. Budi Santoso, NIP 19800101 200501 1 001, Penata Muda, III/a")
          .contains("2. Wati Lestari, NIP 19750202 200003 2 002, Pembina, IV/a")
          .contains("\u201CDemi Allah, saya bersumpah " + BODY + " Kiranya Tuhan menolong saya.\u201D")
          .contains("dibuat dalam rangkap 3 (tiga)")
          .contains("PNS yang mengangkat sumpah,").contains("Pejabat yang mengambil sumpah,")
          .contains("Saksi 1,").contains("Saksi 2,");
    }
  }

  @Test
  void aCopyThatRunsOverAPageMarksEveryPage() throws IOException {
    String longPosition = "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia ".repeat(60);
    List<String> pages = pages(OathRecordPdf.render(record(longPosition)));
    assertThat(pages.size()).isGreaterThan(3);
    List<Integer> marks = pages.stream().map(page -> {
      assertThat(page.split("Rangkap ", -1)).as("one mark per page").hasSize(2);
      return Integer.parseInt(page.substring(page.indexOf("Rangkap ") + 8, page.indexOf("Rangkap ") + 9));
    }).toList();
    assertThat(marks).isSorted().containsOnly(1, 2, 3).first().isEqualTo(1);
    assertThat(marks.stream().filter(m -> m == 1).count()).isEqualTo(marks.stream().filter(m -> m == 3).count());
  }

  @Test
  void aPledgeIsRecordedAsAPledge() throws IOException {
    OathWording janji = OathWording.compose(Agama.ISLAM, OathForm.JANJI, new OathPhrases(
        "Demi Tuhan Yang Maha Esa, saya menyatakan dan berjanji dengan sungguh-sungguh", null, false), BODY, null);
    OathRecord base = record("Sekretaris Daerah");
    OathRecord pledge = new OathRecord(base.nomor(), base.tanggal(), base.tempat(), base.instansi(), base.pns(), janji,
        base.pejabat(), base.rohaniwan(), base.saksi());
    String first = pages(OathRecordPdf.render(pledge)).get(0);
    assertThat(first).contains("telah mengambil janji Pegawai Negeri Sipil")
        .contains("mengucapkan janji sebagai berikut")
        .contains("\u201CDemi Tuhan Yang Maha Esa, saya menyatakan dan berjanji dengan sungguh-sungguh " + BODY + "\u201D");
  }

  @Test
  void noRecordWithALowerRankedWitnessOrWithoutClergy() {
    OathRecord base = record("Sekretaris Daerah");
    List<OathPerson> lower = List.of(base.saksi().get(0),
        new OathPerson("Joko Susilo", "199001012015031003", GolonganRuang.II_D, ""));
    assertThatThrownBy(() -> new OathRecord(base.nomor(), base.tanggal(), base.tempat(), base.instansi(), PNS,
        KRISTEN, base.pejabat(), base.rohaniwan(), lower)).hasMessageContaining("Saksi Joko Susilo");
    assertThatThrownBy(() -> new OathRecord(base.nomor(), base.tanggal(), base.tempat(), base.instansi(), PNS,
        KRISTEN, base.pejabat(), " ", base.saksi())).hasMessageContaining("Rohaniwan");
  }

  @Test
  void indonesianDayNames() {
    assertThat(OathRecordPdf.day(LocalDate.of(2026, 6, 1))).isEqualTo("Senin");
    assertThat(OathRecordPdf.day(LocalDate.of(2026, 6, 7))).isEqualTo("Minggu");
  }
}
