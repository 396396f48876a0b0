package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.document.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** PAdES signing and validation with EU DSS, against a trust anchor and a CRL, without any network. */
class PadesSigningTest {

  private static final PertekRenderer RENDERER = new PertekRenderer();
  private static final PertekValidator VALIDATOR = TestPki.validator();

  @Nested
  class AGenuinePertek {

    @Test
    void isValidWithTheSignerItsTimeAndTheDraftItCovers() {
      byte[] draft = RENDERER.render(TestPerteks.pns());
      Instant signedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
      byte[] signed = new PadesSigner(null).sign(draft,
          TestPki.TRUSTED.signer("penandatangan1", "Bambang Suryono"), signedAt, TestPki.DETAILS);

      PertekValidator.Outcome outcome = VALIDATOR.validate(signed);
      assertThat(outcome.valid()).as(outcome.toString()).isTrue();
      assertThat(outcome.indikasi()).isEqualTo("TOTAL_PASSED");
      assertThat(outcome.penandatangan()).isEqualTo("Bambang Suryono");
      assertThat(outcome.waktuTandaTangan()).isEqualTo(signedAt);
      assertThat(outcome.tingkat()).isEqualTo("PAdES-BASELINE-B");
      assertThat(outcome.jumlahTandaTangan()).isOne();
      // an incremental update: the signed file starts with the draft's bytes, and the signature covers them
      assertThat(java.util.Arrays.copyOf(signed, draft.length)).isEqualTo(draft);
      assertThat(outcome.sha256RevisiDitandatangani()).isEqualTo(ContentHash.sha256(draft));
    }

    @Test
    void isBaselineTWhenATimeStampingAuthorityIsConfigured() {
      byte[] signed = TestPki.timeStamping(TestPki.TRUSTED).sign(RENDERER.render(TestPerteks.pns()),
          TestPki.TRUSTED.signer("penandatangan2", "Dewi Kartika"), Instant.now(), TestPki.DETAILS);
      PertekValidator.Outcome outcome = VALIDATOR.validate(signed);
      assertThat(outcome.valid()).as(outcome.toString()).isTrue();
      assertThat(outcome.tingkat()).isEqualTo("PAdES-BASELINE-T");
      assertThat(outcome.penandatangan()).isEqualTo("Dewi Kartika");
    }
  }

  @Nested
  class NotValid {

    @Test
    void oneChangedByteInsideTheSignedContent() {
      byte[] signed = TestPki.signedBy(TestPki.TRUSTED, "penandatangan1", "Bambang Suryono");
      byte[] changed = changeOneByteInTheLargestStream(signed);

      PertekValidator.Outcome outcome = VALIDATOR.validate(changed);
      assertThat(outcome.valid()).isFalse();
      assertThat(outcome.indikasi()).isEqualTo("TOTAL_FAILED");
      assertThat(outcome.subIndikasi()).isEqualTo("HASH_FAILURE");
    }

    @Test
    void aSignatureByACertificateNoTrustAnchorVouchesFor() {
      byte[] signed = TestPki.signedBy(TestPki.STRANGER, "penandatangan1", "Bambang Suryono");

      PertekValidator.Outcome outcome = VALIDATOR.validate(signed);
      assertThat(outcome.valid()).isFalse();
      assertThat(outcome.indikasi()).isEqualTo("INDETERMINATE");
      assertThat(outcome.subIndikasi()).isEqualTo("NO_CERTIFICATE_CHAIN_FOUND");
      assertThat(outcome.penandatangan()).isEqualTo("Bambang Suryono");
    }

    @Test
    void aPdfWithoutSignature() {
      PertekValidator.Outcome outcome = VALIDATOR.validate(RENDERER.render(TestPerteks.pns()));
      assertThat(outcome.valid()).isFalse();
      assertThat(outcome.indikasi()).isEqualTo(PertekValidator.NO_SIGNATURE);
      assertThat(outcome.jumlahTandaTangan()).isZero();
    }

    @Test
    void somethingThatIsNotAPdf() {
      PertekValidator.Outcome outcome = VALIDATOR.validate("bukan pdf".getBytes(StandardCharsets.UTF_8));
      assertThat(outcome.valid()).isFalse();
      assertThat(outcome.indikasi()).isEqualTo(PertekValidator.NOT_A_PDF);
    }

    @Test
    void aSignatureWhoseCertificateTheCrlRevokes() {
      byte[] signed = TestPki.signedBy(TestPki.TRUSTED, "dicabut1", "Pejabat Yang Dicabut");
      assertThat(VALIDATOR.validate(signed).valid()).isTrue();

      TestPki.TRUSTED.revoke("dicabut1");

      PertekValidator.Outcome outcome = VALIDATOR.validate(signed);
      assertThat(outcome.valid()).isFalse();
      assertThat(outcome.indikasi()).isEqualTo("INDETERMINATE");
      assertThat(outcome.subIndikasi()).startsWith("REVOKED");
    }

    @Test
    void contentAddedAfterTheSignature() throws IOException {
      byte[] signed = TestPki.signedBy(TestPki.TRUSTED, "penandatangan1", "Bambang Suryono");
      ByteArrayOutputStream appended = new ByteArrayOutputStream();
      try (PDDocument pdf = Loader.loadPDF(signed)) {
        pdf.getDocumentInformation().setSubject("Nama diganti setelah ditandatangani");
        pdf.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
        pdf.saveIncremental(appended);
      }

      PertekValidator.Outcome outcome = VALIDATOR.validate(appended.toByteArray());
      assertThat(outcome.mencakupSeluruhBerkas()).isFalse();
      assertThat(outcome.valid()).isFalse();
    }
  }

  /** Flips one bit in the middle of the largest stream (the font): the PDF still parses, the digest no longer matches. */
  static byte[] changeOneByteInTheLargestStream(byte[] pdf) {
    java.util.regex.Matcher streams = java.util.regex.Pattern.compile("(?s)[^d]stream\\r?\\n(.*?)endstream")
        .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int bestStart = -1;
    int bestLength = 0;
    while (streams.find()) {
      if (streams.end(1) - streams.start(1) > bestLength) {
        bestStart = streams.start(1);
        bestLength = streams.end(1) - streams.start(1);
      }
    }
    assertThat(bestLength).as("a stream to change").isGreaterThan(100);
    byte[] changed = pdf.clone();
    changed[bestStart + bestLength / 2] ^= 0x01;
    return changed;
  }
}
