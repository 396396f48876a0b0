package id.asn.workflow.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Two development PKIs for tests, made once per test JVM in temporary directories: the trusted one, and a
 * stranger whose certificates nobody trusts.
 */
final class TestPki {

  static final DevelopmentPki TRUSTED = create("trusted", "Badan Kepegawaian Negara (uji)");
  static final DevelopmentPki STRANGER = create("stranger", "Penerbit Tak Dikenal");
  static final PadesSigner.Details DETAILS = new PadesSigner.Details("Persetujuan Teknis Penetapan NI PNS",
      "Yogyakarta", null);

  private TestPki() {}

  private static DevelopmentPki create(String name, String organisation) {
    try {
      return DevelopmentPki.open(Files.createTempDirectory("pki-" + name), organisation, Clock.systemUTC());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validates against the trusted PKI's CA and current CRL only. */
  static PertekValidator validator() {
    return new PertekValidator(() -> List.of(TRUSTED.caCertificate()), () -> List.of(TRUSTED.crl()), Clock.systemUTC());
  }

  static PadesSigner timeStamping(DevelopmentPki pki) {
    var source = new ClockTimeStampSource(pki.timeStampingKey(), Clock.systemUTC());
    source.setTsaPolicy(SignatureConfiguration.DEVELOPMENT_TSA_POLICY);
    return new PadesSigner(source);
  }

  static byte[] signedBy(DevelopmentPki pki, String user, String name) {
    return new PadesSigner(null).sign(new PertekRenderer().render(TestPerteks.pns()), pki.signer(user, name),
        Instant.now(), DETAILS);
  }

  static Path directory(DevelopmentPki pki) {
    return pki.directory();
  }
}
