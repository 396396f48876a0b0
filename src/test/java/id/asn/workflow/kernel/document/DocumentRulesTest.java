package id.asn.workflow.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.FieldProblem;
import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.pertek.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DocumentRulesTest {

  private static Map<DocumentType, UploadedDocument> complete(JenisAsn jenisAsn) {
    return TestDocuments.uploaded(TestDocuments.requiredDocuments(jenisAsn, "x"));
  }

  private static UploadedDocument document(DocumentType type, byte[] content) {
    return new UploadedDocument(type, "berkas", content);
  }

  @Nested
  class Completeness {

    @Test
    void aCompletePnsSetPasses() {
      assertThat(DocumentRules.check(complete(JenisAsn.PNS), Set.of(), JenisAsn.PNS)).isEmpty();
    }

    @Test
    void namesEveryMissingDocument() {
      var documents = complete(JenisAsn.PNS);
      documents.remove(DocumentType.IJAZAH);
      documents.remove(DocumentType.SKCK);

      assertThat(DocumentRules.check(documents, Set.of(), JenisAsn.PNS)).containsExactly(
          new FieldProblem("IJAZAH", "wajib diunggah"), new FieldProblem("SKCK", "wajib diunggah"));
    }

    @Test
    void theSeedsListsRequireTheJptPratamaPlacementStatementAndNotATranscript() {
      // Lampiran I VI.A.4.b.9 and Lampiran II VI.4.b.10; a transkrip is in neither list
      for (JenisAsn jenis : JenisAsn.values()) {
        assertThat(DocumentType.requiredFor(jenis)).as("%s", jenis).contains(DocumentType.PERNYATAAN_PENEMPATAN)
            .doesNotContain(DocumentType.TRANSKRIP);
        var documents = complete(jenis);
        documents.remove(DocumentType.PERNYATAAN_PENEMPATAN);
        assertThat(DocumentRules.check(documents, Set.of(), jenis))
            .containsExactly(new FieldProblem("PERNYATAAN_PENEMPATAN", "wajib diunggah"));
        documents = complete(jenis);
        documents.put(DocumentType.TRANSKRIP, document(DocumentType.TRANSKRIP, TestDocuments.pdf("transkrip")));
        assertThat(DocumentRules.check(documents, Set.of(), jenis)).as("a transkrip sent along is accepted").isEmpty();
      }
    }

    @Test
    void pppkNeedsTheDecreeAppointingTheCalonPppk() {
      assertThat(DocumentRules.check(complete(JenisAsn.PNS), Set.of(), JenisAsn.PPPK))
          .containsExactly(new FieldProblem("SK_CALON_PPPK", "wajib diunggah"));
    }

    @Test
    void pnsMayNotCarryThatDecree() {
      var documents = complete(JenisAsn.PNS);
      documents.put(DocumentType.SK_CALON_PPPK, document(DocumentType.SK_CALON_PPPK, TestDocuments.pdf("sk")));

      assertThat(DocumentRules.check(documents, Set.of(), JenisAsn.PNS))
          .containsExactly(new FieldProblem("SK_CALON_PPPK", "hanya untuk usul PPPK, bukan PNS"));
    }

    @Test
    void optionalDocumentsMayBeLeftOut() {
      var documents = complete(JenisAsn.PNS);
      documents.put(DocumentType.PENGALAMAN_KERJA, document(DocumentType.PENGALAMAN_KERJA, TestDocuments.pdf("pk")));

      assertThat(DocumentRules.check(documents, Set.of(), JenisAsn.PNS)).isEmpty();
    }

    @Test
    void aCorrectionCountsWhatIsAlreadyStored() {
      var kept = EnumSet.copyOf(DocumentType.requiredFor(JenisAsn.PNS));

      assertThat(DocumentRules.check(Map.of(), kept, JenisAsn.PNS)).isEmpty();
      assertThat(DocumentRules.check(Map.of(), kept, JenisAsn.PPPK))
          .containsExactly(new FieldProblem("SK_CALON_PPPK", "wajib diunggah"));
    }

    @Test
    void withAnInvalidKindStillRequiresWhatEveryUsulNeeds() {
      assertThat(DocumentRules.check(Map.of(), Set.of(), null)).extracting(FieldProblem::field)
          .containsExactlyElementsOf(DocumentType.requiredFor(JenisAsn.PNS).stream().map(Enum::name).toList());
    }
  }

  @Nested
  class Content {

    @Test
    void aPdfIsRecognisedByItsBytesNotItsName() {
      byte[] wordFile = "PK\u0003\u0004 word/document.xml".getBytes(StandardCharsets.ISO_8859_1);

      assertThat(DocumentRules.checkContent(new UploadedDocument(DocumentType.IJAZAH, "ijazah.pdf", wordFile)))
          .containsExactly(new FieldProblem("IJAZAH", "bukan berkas PDF (isi berkas diperiksa, bukan namanya)"));
    }

    @Test
    void aPhotoMustBeJpeg() {
      assertThat(DocumentRules.checkContent(document(DocumentType.PAS_FOTO, TestDocuments.pdf("foto"))))
          .containsExactly(new FieldProblem("PAS_FOTO", "bukan berkas JPEG (isi berkas diperiksa, bukan namanya)"));
      assertThat(DocumentRules.checkContent(document(DocumentType.PAS_FOTO, TestDocuments.jpeg("foto")))).isEmpty();
    }

    @Test
    void eachTypeHasItsSizeLimit() {
      assertThat(DocumentRules.checkContent(document(DocumentType.IJAZAH, TestDocuments.pdfOfSize(1024 * 1024)))).isEmpty();
      assertThat(DocumentRules.checkContent(document(DocumentType.IJAZAH, TestDocuments.pdfOfSize(1024 * 1024 + 1))))
          .containsExactly(new FieldProblem("IJAZAH", "melebihi batas 1 MB"));

      byte[] bigPhoto = java.util.Arrays.copyOf(TestDocuments.jpeg("foto"), 500 * 1024 + 1);
      assertThat(DocumentRules.checkContent(document(DocumentType.PAS_FOTO, bigPhoto)))
          .containsExactly(new FieldProblem("PAS_FOTO", "melebihi batas 500 KB"));
    }

    @Test
    void reportsBothWrongFormatAndTooLarge() {
      assertThat(DocumentRules.checkContent(document(DocumentType.DRH, new byte[2 * 1024 * 1024])))
          .extracting(FieldProblem::reason)
          .containsExactly("bukan berkas PDF (isi berkas diperiksa, bukan namanya)", "melebihi batas 1 MB");
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
      assertThat(DocumentRules.checkContent(document(DocumentType.DRH, new byte[0])))
          .containsExactly(new FieldProblem("DRH", "berkas kosong"));
    }

    @Test
    void aZipBehindARealHeaderIsRefused() {
      byte[] zip = "PK\u0003\u0004 ijazah.exe PK\u0005\u0006".getBytes(StandardCharsets.ISO_8859_1);
      byte[] pdfThenZip = concat(TestDocuments.pdf("asli"), zip);
      byte[] jpegThenZip = concat(TestDocuments.jpeg("asli"), zip);

      assertThat(DocumentRules.checkContent(document(DocumentType.IJAZAH, pdfThenZip))).extracting(FieldProblem::reason)
          .singleElement().asString().startsWith("berkas PDF tidak utuh");
      assertThat(DocumentRules.checkContent(document(DocumentType.PAS_FOTO, jpegThenZip))).extracting(FieldProblem::reason)
          .singleElement().asString().startsWith("berkas JPEG tidak utuh");
    }

    @Test
    void aZipHidingInItsOwnCommentBehindAPdfEndIsRefused() {
      // the end-of-central-directory record's comment carries "%%EOF": the file ends like a PDF and unzips like a ZIP
      byte[] comment = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
      byte[] endRecord = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) comment.length, 0};
      byte[] disguised = concat(concat(TestDocuments.pdf("asli"), endRecord), comment);

      assertThat(DocumentBytes.isWhole(disguised, DocumentType.Format.PDF)).isTrue();
      assertThat(DocumentRules.checkContent(document(DocumentType.IJAZAH, disguised))).extracting(FieldProblem::reason)
          .containsExactly("berisi arsip ZIP yang disamarkan sebagai PDF; unggah dokumennya sendiri, bukan arsip");
    }

    @Test
    void aCutOffFileIsRefused() {
      byte[] pdf = TestDocuments.pdf("ijazah");
      byte[] jpeg = TestDocuments.jpeg("foto");

      assertThat(DocumentBytes.isWhole(java.util.Arrays.copyOf(pdf, pdf.length / 2), DocumentType.Format.PDF)).isFalse();
      assertThat(DocumentBytes.isWhole(java.util.Arrays.copyOf(jpeg, jpeg.length - 1), DocumentType.Format.JPEG)).isFalse();
    }

    @Test
    void paddingAfterTheEndIsForgiven() {
      byte[] paddedPdf = concat(TestDocuments.pdf("x"), " \n".repeat(400).getBytes(StandardCharsets.US_ASCII));
      byte[] paddedJpeg = concat(TestDocuments.jpeg("x"), new byte[100]);

      assertThat(DocumentBytes.isWhole(paddedPdf, DocumentType.Format.PDF)).isTrue();
      assertThat(DocumentBytes.isWhole(paddedJpeg, DocumentType.Format.JPEG)).isTrue();
    }

    @Test
    void aFileShorterThanTheMagicIsNotThatFormat() {
      assertThat(DocumentBytes.hasFormat(new byte[] {'%', 'P'}, DocumentType.Format.PDF)).isFalse();
      assertThat(DocumentBytes.hasFormat(new byte[] {(byte) 0xFF, (byte) 0xD8}, DocumentType.Format.JPEG)).isFalse();
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
