package id.asn.workflow.signature;

import eu.europa.esig.dss.alert.SilentOnStatusAlert;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureScopeType;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jaxb.object.Message;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.simplereport.jaxb.XmlSignatureScope;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.policy.ValidationPolicyLoader;
import eu.europa.esig.dss.validation.reports.Reports;
import id.asn.workflow.kernel.document.ContentHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Validates the PAdES signatures of a PDF with EU DSS and the ETSI default validation policy, against the
 * configured trust anchors and CRLs only: nothing is fetched from the network, so a signature is trusted
 * exactly when its chain ends at a configured anchor and no configured CRL revokes it. A file whose
 * signature does not cover all of it (something was appended after signing) is not valid either.
 */
final class PertekValidator {

  /** No signature in a readable PDF. */
  public static final String NO_SIGNATURE = "TANPA_TANDA_TANGAN";
  /** Not a PDF, or one so damaged that it cannot be read. */
  public static final String NOT_A_PDF = "BUKAN_PDF";

  private final Supplier<List<X509Certificate>> trustAnchors;
  private final Supplier<List<byte[]>> crls;
  private final ValidationPolicy policy;
  private final Clock clock;

  /**
   * @param trustAnchors read on every validation, so that an added anchor needs no restart
   * @param crls DER or PEM CRLs, read on every validation, so that a renewed CRL counts at once
   * @param clock the validation time is its now
   */
  public PertekValidator(Supplier<List<X509Certificate>> trustAnchors, Supplier<List<byte[]>> crls, Clock clock) {
    this.trustAnchors = trustAnchors;
    this.crls = crls;
    this.clock = clock;
    this.policy = ValidationPolicyLoader.fromDefaultValidationPolicy().create();
  }

  /** What the validator concluded about the (last) signature of a file. */
  public record Outcome(
      boolean valid,
      String indikasi,
      String subIndikasi,
      String penandatangan,
      Instant waktuTandaTangan,
      String tingkat,
      int jumlahTandaTangan,
      boolean mencakupSeluruhBerkas,
      String sha256RevisiDitandatangani,
      List<String> rincian) {}

  public Outcome validate(byte[] pdf) {
    if (pdf == null || pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      return failure(NOT_A_PDF, "Berkas bukan PDF");
    }
    try {
      return validated(pdf);
    } catch (RuntimeException e) {
      return failure(NOT_A_PDF, "PDF tidak dapat dibaca: " + e.getMessage());
    }
  }

  private Outcome validated(byte[] pdf) {
    SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(new InMemoryDocument(pdf, "pertek.pdf"));
    validator.setCertificateVerifier(verifier());
    validator.setLocale(Locale.ENGLISH);
    validator.setValidationTime(Date.from(clock.instant()));
    Reports reports = validator.validateDocument(policy);
    SimpleReport report = reports.getSimpleReport();
    List<String> ids = report.getSignatureIdList();
    if (ids.isEmpty()) {
      return failure(NO_SIGNATURE, "PDF tidak memuat tanda tangan elektronik");
    }
    boolean allPassed = ids.stream().allMatch(id -> report.getIndication(id) == Indication.TOTAL_PASSED);
    // the last signature speaks for the document as it is now
    String id = ids.get(ids.size() - 1);
    Indication indication = report.getIndication(id);
    SubIndication subIndication = report.getSubIndication(id);
    boolean wholeFile = report.getSignatureScopes(id).stream().map(XmlSignatureScope::getScope)
        .anyMatch(scope -> scope == SignatureScopeType.FULL);
    List<String> details = new ArrayList<>();
    report.getAdESValidationErrors(id).stream().map(Message::getValue).forEach(details::add);
    if (!wholeFile) {
      details.add("The signature does not cover the whole file: content was added after signing");
    }
    Date signingTime = report.getSigningTime(id);
    return new Outcome(allPassed && wholeFile, indication == null ? null : indication.name(),
        subIndication == null ? null : subIndication.name(), report.getSignedBy(id),
        signingTime == null ? null : signingTime.toInstant(),
        report.getSignatureFormat(id) == null ? null : report.getSignatureFormat(id).toString(), ids.size(), wholeFile,
        signedRevisionHash(validator, id), List.copyOf(details));
  }

  private CommonCertificateVerifier verifier() {
    // no AIA, OCSP or online CRL: what is trusted is what is configured
    CommonCertificateVerifier verifier = new CommonCertificateVerifier(true);
    verifier.setAIASource(null);
    verifier.setOcspSource(null);
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.get().forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    verifier.setTrustedCertSources(trusted);
    List<byte[]> currentCrls = crls.get();
    if (!currentCrls.isEmpty()) {
      verifier.setCrlSource(new ExternalResourcesCRLSource(currentCrls.stream()
          .map(crl -> (DSSDocument) new InMemoryDocument(crl)).toArray(DSSDocument[]::new)));
    }
    verifier.setAlertOnMissingRevocationData(new SilentOnStatusAlert());
    verifier.setAlertOnInvalidTimestamp(new SilentOnStatusAlert());
    verifier.setAlertOnUncoveredPOE(new SilentOnStatusAlert());
    verifier.setAlertOnRevokedCertificate(new SilentOnStatusAlert());
    verifier.setAlertOnExpiredCertificate(new SilentOnStatusAlert());
    verifier.setAlertOnNotYetValidCertificate(new SilentOnStatusAlert());
    return verifier;
  }

  /** SHA-256 of the PDF as it was before the signature was added: for a Pertek, its draft. */
  private static String signedRevisionHash(SignedDocumentValidator validator, String signatureId) {
    try {
      List<DSSDocument> originals = validator.getOriginalDocuments(signatureId);
      if (originals.isEmpty()) {
        return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      originals.get(0).writeTo(out);
      return ContentHash.sha256(out.toByteArray());
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static Outcome failure(String indication, String detail) {
    return new Outcome(false, indication, null, null, null, null, 0, false, null, List.of(detail));
  }
}
