package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.asn.workflow.kernel.JenisAsn;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The draft Pertek opens as a PDF and says what the register says, in Indonesian, with a QR code that scans. */
class PertekRendererTest {

  private static final PertekRenderer RENDERER = new PertekRenderer();

  @Test
  void aPnsPertekStatesTheCandidateTheNumberThePayGradeAndTheLegalBases() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(TestPerteks.pns()))) {
      String text = text(pdf);
      assertThat(text).contains("BADAN KEPEGAWAIAN NEGARA", "KANTOR REGIONAL I", "PERSETUJUAN TEKNIS",
          "PENETAPAN NOMOR INDUK PEGAWAI NEGERI SIPIL", "Nomor: 00042/PERTEK-NI/KR.I/III/2025",
          "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara", "Pemerintah Kabupaten Batang",
          "Siti Aminah", "24110320110012", "Batang, 17 Mei 1998", "Perempuan", "Sarjana (S1)",
          "Analis Kebijakan Ahli Pertama", "Badan Perencanaan Pembangunan Daerah", "TMT CPNS", "1 Juni 2025",
          "Golongan ruang", "III/a", "19980517 202506 2 001", "Yogyakarta, 24 Maret 2025", "Ditandatangani secara elektronik");
      assertThat(pdf.getNumberOfPages()).isEqualTo(1);
      // the decree's time limit comes from processes/tenggat.dmn (penetapanKeputusan), in figures and words
      assertThat(text.replaceAll("\\s+", " ")).contains("paling lama 30 (tiga puluh) hari kerja sejak NIP diterima");
      assertThat(pdf.getDocumentInformation().getTitle()).contains("00042/PERTEK-NI/KR.I/III/2025");
    }
  }

  @Test
  void aPppkPertekNamesTheNiPppkAndHasNoPayGrade() throws IOException {
    PertekContent pns = TestPerteks.pns();
    PertekContent pppk = new PertekContent(pns.nomor(), pns.tanggal(), pns.kantor(), pns.instansi(), JenisAsn.PPPK,
        List.of("Peraturan Pemerintah Nomor 49 Tahun 2018 tentang Manajemen PPPK"), "Ahmad Fauzi", pns.nomorPeserta(),
        "Pekalongan", LocalDate.of(1990, 2, 3), "L", "S1", "Guru Ahli Pertama", "SD Negeri 1 Batang",
        LocalDate.of(2025, 3, 1), null, "199002032025211003", pns.urlVerifikasi(), pns.batasPenetapanHariKerja());
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(pppk))) {
      assertThat(text(pdf)).contains("PEGAWAI PEMERINTAH DENGAN PERJANJIAN KERJA", "NI PPPK", "19900203 2025 21 1 003",
          "Laki-laki", "TMT perjanjian kerja", "Manajemen PPPK").doesNotContain("Golongan ruang");
    }
  }

  @Test
  void isA4WithItsFontsEmbedded() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(TestPerteks.pns()))) {
      PDPage page = pdf.getPage(0);
      assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      int fonts = 0;
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
        assertThat(font.getName()).contains("DejaVuSerif");
        fonts++;
      }
      assertThat(fonts).isEqualTo(2);
    }
  }

  @Test
  void theQrCodeScansToThePublicVerificationPage() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(TestPerteks.pns()))) {
      BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
      int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
      BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
      assertThat(new QRCodeReader().decode(bitmap).getText())
          .isEqualTo("https://pertek.example.go.id/verifikasi/abcdefghijklmnopqrstuvwxyz");
    }
  }

  @Test
  void theSameContentGivesTheSameBytesSoARedraftStoresNothingNew() {
    assertThat(RENDERER.render(TestPerteks.pns())).isEqualTo(RENDERER.render(TestPerteks.pns()));
  }

  @Test
  void textTheFontCannotDrawAndLongValuesDoNotBreakTheLetter() throws IOException {
    PertekContent pns = TestPerteks.pns();
    PertekContent odd = new PertekContent(pns.nomor(), pns.tanggal(), pns.kantor(), pns.instansi(), pns.jenisAsn(),
        pns.dasarHukum(), "Ni Luh Putu Ayu Śrī Dewi 😀 漢", pns.nomorPeserta(), pns.tempatLahir(), pns.tanggalLahir(),
        pns.jenisKelamin(), pns.pendidikan(), pns.jabatan(), "Dinas ".repeat(40) + "Kabupaten", pns.tmt(),
        pns.golonganRuang(), pns.nomorInduk(), pns.urlVerifikasi(), pns.batasPenetapanHariKerja());
    try (PDDocument pdf = Loader.loadPDF(RENDERER.render(odd))) {
      assertThat(text(pdf)).contains("Ni Luh Putu Ayu Śrī Dewi ?", "19980517 202506 2 001");
    }
  }

  private static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
  }
}
