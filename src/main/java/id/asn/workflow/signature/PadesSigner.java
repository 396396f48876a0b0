package id.asn.workflow.signature;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignerTextHorizontalAlignment;
import eu.europa.esig.dss.enumerations.SignerTextVerticalAlignment;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.DSSFileFont;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;

/**
 * Signs a PDF as PAdES with EU DSS: PAdES-BASELINE-B, or PAdES-BASELINE-T when a time-stamp source is given
 * (the signature is then time-stamped by a third party, so its time no longer rests on the signer's word).
 * The signature is an incremental update: the signed file begins with the draft's exact bytes.
 */
final class PadesSigner {

  private static final DigestAlgorithm DIGEST = DigestAlgorithm.SHA256;

  private final TSPSource timeStamps;

  /** @param timeStamps the time-stamping authority, or null for B-level signatures */
  public PadesSigner(TSPSource timeStamps) {
    this.timeStamps = timeStamps;
  }

  public SignatureLevel level() {
    return timeStamps == null ? SignatureLevel.PAdES_BASELINE_B : SignatureLevel.PAdES_BASELINE_T;
  }

  /** What the signature dictionary says besides the certificate: why, where, by which application. */
  public record Details(String reason, String location, String contactInfo) {}

  /**
   * What the signature shows on the page: {@code text} (lines split by newlines) drawn in the document's empty
   * signature field {@code fieldId}, in {@code font} (a TrueType file) at {@code size} points.
   */
  public record Appearance(String fieldId, String text, byte[] font, float size) {}

  /** The signed PDF, invisible signature; thread-safe. */
  public byte[] sign(byte[] pdf, SigningKey key, Instant signingTime, Details details) {
    return sign(pdf, key, signingTime, details, null);
  }

  /**
   * The signed PDF; with an {@code appearance}, the signature is visible in its field. Thread-safe. Fails (DSS or
   * JCA exceptions) rather than return an unsigned file.
   */
  public byte[] sign(byte[] pdf, SigningKey key, Instant signingTime, Details details, Appearance appearance) {
    PAdESService service = new PAdESService(new CommonCertificateVerifier(true));
    // text drawn as text, not as a picture of it: readers copy it, screen readers read it
    service.setPdfObjFactory(new PdfBoxNativeObjectFactory());
    if (timeStamps != null) {
      service.setTspSource(timeStamps);
    }
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(level());
    parameters.setDigestAlgorithm(DIGEST);
    parameters.setSigningCertificate(new CertificateToken(key.certificate()));
    parameters.setCertificateChain(key.chain().stream().map(CertificateToken::new).toList());
    // both passes (data to sign, then the signed file) must see the same time
    parameters.bLevel().setSigningDate(Date.from(signingTime));
    parameters.setSigningTimeZone(TimeZone.getTimeZone("Asia/Jakarta"));
    parameters.setSignerName(key.commonName());
    parameters.setReason(details.reason());
    parameters.setLocation(details.location());
    parameters.setContactInfo(details.contactInfo());
    parameters.setAppName("asn-workflow");
    if (appearance != null) {
      parameters.setImageParameters(image(appearance));
    }

    DSSDocument document = new InMemoryDocument(pdf, "pertek.pdf");
    ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
    SignatureAlgorithm algorithm = SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(key.privateKey()), DIGEST);
    SignatureValue value = new SignatureValue(algorithm, rawSignature(algorithm, key, toBeSigned.getBytes()));
    DSSDocument signed = service.signDocument(document, parameters, value);
    try (ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32 * 1024)) {
      signed.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Signed PDF cannot be written", e);
    }
  }

  private static SignatureImageParameters image(Appearance appearance) {
    SignatureFieldParameters field = new SignatureFieldParameters();
    field.setFieldId(appearance.fieldId());
    DSSFileFont font = new DSSFileFont(new InMemoryDocument(appearance.font()), appearance.size());
    font.setEmbedFontSubset(true);
    SignatureImageTextParameters text = new SignatureImageTextParameters();
    text.setText(appearance.text());
    text.setFont(font);
    text.setPadding(2);
    text.setSignerTextHorizontalAlignment(SignerTextHorizontalAlignment.LEFT);
    text.setSignerTextVerticalAlignment(SignerTextVerticalAlignment.TOP);
    text.setTextWrapping(TextWrapping.FILL_BOX_AND_LINEBREAK);
    SignatureImageParameters image = new SignatureImageParameters();
    image.setFieldParameters(field);
    image.setTextParameters(text);
    return image;
  }

  private static byte[] rawSignature(SignatureAlgorithm algorithm, SigningKey key, byte[] data) {
    try {
      Signature signature = Signature.getInstance(algorithm.getJCEId());
      signature.initSign(key.privateKey());
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Signing with " + algorithm + " failed for " + key.commonName(), e);
    }
  }
}
