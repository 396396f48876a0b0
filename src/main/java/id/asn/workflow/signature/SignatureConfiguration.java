package id.asn.workflow.signature;

import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.KeyEntityTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import id.asn.workflow.signature.PertekContent.Kantor;
import id.asn.workflow.signature.PertekContent.LegalBasis;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Pertek document's settings (number pattern, letterhead, legal bases) and the PKI: where signers' keys,
 * trust anchors, CRLs and the time-stamping authority come from. In development ({@code app.pki.development},
 * on in the demo profile) a local CA makes all of them on first use under {@code app.pki.dir}.
 */
@Configuration
@EnableConfigurationProperties({SignatureConfiguration.DocumentProperties.class, SignatureConfiguration.PkiProperties.class})
class SignatureConfiguration {

  private static final Logger log = LoggerFactory.getLogger(SignatureConfiguration.class);

  /** The policy OID the development TSA writes into its time-stamps (an example arc, not a real policy). */
  static final String DEVELOPMENT_TSA_POLICY = "2.999.1.1";

  /**
   * {@code app.pertek.dokumen}: what the letter says besides the usul's data.
   *
   * @param nomorPola the Pertek number pattern, see {@link PertekNumberPattern}
   * @param kantor the issuing Kantor Regional
   * @param dasarHukum the legal bases cited (POS "Dasar Hukum"), each for PNS, PPPK or both
   */
  @ConfigurationProperties("app.pertek.dokumen")
  record DocumentProperties(String nomorPola, Kantor kantor, List<LegalBasis> dasarHukum) {
    DocumentProperties {
      dasarHukum = dasarHukum == null ? List.of() : List.copyOf(dasarHukum);
    }
  }

  /**
   * {@code app.pki}.
   *
   * @param development make a local CA, signer keys, TSA and CRL under {@code dir} (never in production)
   * @param dir where the development PKI lives
   * @param organisasi the O= of development certificates
   * @param trustAnchors certificate files (PEM or DER) whose chains the validator trusts
   * @param crl CRL files (DER or PEM) the validator checks revocation against; keep them current
   * @param tsaUrl an RFC 3161 time-stamping authority: signatures become PAdES-BASELINE-T
   * @param penandatangan per signer user id, the PKCS#12 keystore, its password and (optional) alias
   */
  @ConfigurationProperties("app.pki")
  record PkiProperties(boolean development, Path dir, String organisasi, List<Path> trustAnchors, List<Path> crl,
      String tsaUrl, Map<String, SignerKeystore> penandatangan) {

    PkiProperties {
      trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
      crl = crl == null ? List.of() : List.copyOf(crl);
      penandatangan = penandatangan == null ? Map.of() : Map.copyOf(penandatangan);
    }

    record SignerKeystore(Path keystore, String password, String alias) {}
  }

  @Bean
  PertekRenderer pertekRenderer() {
    return new PertekRenderer();
  }

  @Bean
  PertekNumberPattern pertekNumberPattern(DocumentProperties properties) {
    return new PertekNumberPattern(properties.nomorPola());
  }

  @Bean
  @ConditionalOnProperty(name = "app.pki.development", havingValue = "true")
  DevelopmentPki developmentPki(PkiProperties properties, Clock clock) {
    log.warn("Development PKI in {}: test CA, signer keys, TSA and CRL made here; never use it in production",
        properties.dir().toAbsolutePath());
    return DevelopmentPki.open(properties.dir(), properties.organisasi(), clock);
  }

  @Bean
  PadesSigner padesSigner(PkiProperties properties, ObjectProvider<DevelopmentPki> development, Clock clock) {
    return new PadesSigner(timeStamps(properties, development.getIfAvailable(), clock));
  }

  private static TSPSource timeStamps(PkiProperties properties, DevelopmentPki development, Clock clock) {
    if (properties.tsaUrl() != null && !properties.tsaUrl().isBlank()) {
      return new OnlineTSPSource(properties.tsaUrl().strip(), new TimestampDataLoader());
    }
    if (development != null) {
      KeyEntityTSPSource local = new ClockTimeStampSource(development.timeStampingKey(), clock);
      local.setTsaPolicy(DEVELOPMENT_TSA_POLICY);
      return local;
    }
    return null;
  }

  @Bean
  PertekValidator pertekValidator(PkiProperties properties, ObjectProvider<DevelopmentPki> developmentPki,
      Clock clock) {
    DevelopmentPki development = developmentPki.getIfAvailable();
    properties.trustAnchors().forEach(path -> requireFile(path, "app.pki.trust-anchors"));
    properties.crl().forEach(path -> requireFile(path, "app.pki.crl"));
    if (development == null && properties.trustAnchors().isEmpty()) {
      log.warn("No trust anchor configured (app.pki.trust-anchors): no Pertek signature will verify as valid");
    }
    return new PertekValidator(() -> {
      List<X509Certificate> anchors = new ArrayList<>();
      for (Path path : properties.trustAnchors()) {
        try {
          anchors.addAll(Keystores.certificates(path));
        } catch (IOException | GeneralSecurityException e) {
          throw new IllegalStateException("Trust anchor " + path + " (app.pki.trust-anchors) cannot be read", e);
        }
      }
      if (development != null) {
        anchors.add(development.caCertificate());
      }
      return anchors;
    }, () -> {
      List<byte[]> crls = new ArrayList<>();
      for (Path path : properties.crl()) {
        try {
          crls.add(Files.readAllBytes(path));
        } catch (IOException e) {
          throw new UncheckedIOException("CRL " + path + " (app.pki.crl) cannot be read", e);
        }
      }
      if (development != null) {
        crls.add(development.crl());
      }
      return crls;
    }, clock);
  }

  private static void requireFile(Path path, String property) {
    if (!Files.isReadable(path)) {
      throw new IllegalStateException("File " + path.toAbsolutePath() + " named in " + property + " does not exist or cannot be read");
    }
  }
}
