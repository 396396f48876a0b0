package id.asn.workflow.signature;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the development PKI's keys, certificates and CRLs: RSA keys, SHA-256 signatures, the organisation in
 * every subject. It keeps nothing: {@link DevelopmentPki} decides when to issue and {@link PkiDirectory} stores.
 */
final class CertificateIssuer {

  /** A certificate listed in the CRL, revoked (key compromise) at the instant given. */
  record Revocation(BigInteger serial, Instant at) {}

  private static final Duration CRL_VALIDITY = Duration.ofDays(7);
  /**
   * A certificate here counts from years before it was made: a test or a demo that moves the application's clock
   * back still signs and verifies with the keys already made (the clock skew of a real CA, widened).
   */
  private static final Duration VALID_BEFORE_ISSUE = Duration.ofDays(3 * 366);

  private final String organisation;
  private final Clock clock;
  private final SecureRandom random;

  CertificateIssuer(String organisation, Clock clock, SecureRandom random) {
    this.organisation = organisation;
    this.clock = clock;
    this.random = random;
  }

  /** A self-signed root CA valid for ten years. */
  SigningKey rootCa() throws GeneralSecurityException, IOException, OperatorCreationException {
    KeyPair pair = keyPair(3072);
    X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "ID").addRDN(BCStyle.O, organisation).addRDN(BCStyle.CN, "CA Pengembangan Pertek (bukan untuk produksi)")
        .build();
    Instant now = clock.instant();
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(),
        Date.from(now.minus(VALID_BEFORE_ISSUE)), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
        .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
        .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer(pair.getPrivate())));
    return new SigningKey(pair.getPrivate(), certificate, List.of(certificate));
  }

  /**
   * A key certified by {@code ca}: a signer's (user id in the subject, two years, non-repudiation) or, with
   * {@code timeStamping}, the time-stamping authority's (five years).
   */
  SigningKey endEntity(SigningKey ca, String displayName, String userId, boolean timeStamping)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    KeyPair pair = keyPair(2048);
    X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "ID").addRDN(BCStyle.O, organisation);
    if (userId != null) {
      subject.addRDN(BCStyle.UID, userId);
    }
    subject.addRDN(BCStyle.CN, displayName == null || displayName.isBlank() ? userId : displayName);
    Instant now = clock.instant();
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(),
        Date.from(now.minus(VALID_BEFORE_ISSUE)), Date.from(now.plus(Duration.ofDays(timeStamping ? 1825 : 730))),
        subject.build(), pair.getPublic())
        .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
        .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()))
        .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca.certificate()));
    if (timeStamping) {
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
          .addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    } else {
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    }
    X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(signer(ca.privateKey())));
    return new SigningKey(pair.getPrivate(), certificate, List.of(certificate, ca.certificate()));
  }

  /** A CRL (DER) of {@code ca} issued {@code now} and valid for a week, listing {@code revoked}. */
  byte[] crl(SigningKey ca, List<Revocation> revoked, Instant now)
      throws GeneralSecurityException, IOException, OperatorCreationException {
    X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
        Date.from(now));
    builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
    for (Revocation revocation : revoked) {
      builder.addCRLEntry(revocation.serial(), Date.from(revocation.at()), CRLReason.keyCompromise);
    }
    builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
    builder.addExtension(Extension.authorityKeyIdentifier, false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
    return builder.build(signer(ca.privateKey())).getEncoded();
  }

  static byte[] pem(X509Certificate certificate) throws IOException {
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(certificate);
    }
    return pem.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private KeyPair keyPair(int bits) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits, random);
    return generator.generateKeyPair();
  }

  private BigInteger serial() {
    return new BigInteger(127, random).add(BigInteger.ONE);
  }

  private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
    return new JcaContentSignerBuilder("SHA256withRSA").build(key);
  }
}
