package id.asn.workflow.signature;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
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
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certification authority for development and tests, kept in one directory (by default
 * {@code ${app.data-dir}/pki}) and made on first use, never committed: a root CA, one certificate per signer
 * user (made when that user first signs), a time-stamping authority and a CRL, re-issued whenever it is
 * about to lapse or a certificate was issued after it (a validator trusts a CRL only for certificates that
 * existed when it was issued). Keystores are PKCS#12 under a random password kept in the same directory.
 * Several processes sharing the directory take turns through a file lock.
 */
public final class DevelopmentPki {

  static final String CA_KEYSTORE = "ca.p12";
  static final String CA_CERTIFICATE = "ca.pem";
  static final String CRL = "ca.crl";
  static final String TSA_KEYSTORE = "tsa.p12";
  static final String SIGNERS = "penandatangan";
  static final String REVOKED = "dicabut.txt";
  static final String PASSWORD = "password";
  private static final String ALIAS = "key";
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Duration CRL_VALIDITY = Duration.ofDays(7);
  /**
   * A certificate here counts from years before it was made: a test or a demo that moves the application's clock
   * back still signs and verifies with the keys already made (the clock skew of a real CA, widened).
   */
  private static final Duration VALID_BEFORE_ISSUE = Duration.ofDays(3 * 366);

  private final Path dir;
  private final String organisation;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, SigningKey> signers = new HashMap<>();
  private char[] password;
  private SigningKey ca;
  private SigningKey tsa;

  private DevelopmentPki(Path dir, String organisation, Clock clock) {
    this.dir = dir.toAbsolutePath().normalize();
    this.organisation = organisation;
    this.clock = clock;
  }

  /** Opens the authority in {@code dir}, creating the CA, the TSA and the CRL if they are not there yet. */
  public static DevelopmentPki open(Path dir, String organisation, Clock clock) {
    DevelopmentPki pki = new DevelopmentPki(dir, organisation, clock);
    pki.locked(() -> {
      pki.password = pki.readOrCreatePassword();
      pki.ca = pki.loadOrCreateCa();
      pki.tsa = pki.loadOrCreate(pki.dir.resolve(TSA_KEYSTORE), "Otoritas Cap Waktu Pengembangan", null, true);
      pki.refreshCrl(false);
      return null;
    });
    return pki;
  }

  public Path directory() {
    return dir;
  }

  public X509Certificate caCertificate() {
    return ca.certificate();
  }

  /** The time-stamping authority's key, for a local RFC 3161 time-stamp source. */
  public SigningKey timeStampingKey() {
    return tsa;
  }

  /** The current CRL (DER), re-issued first if it is about to lapse. */
  public synchronized byte[] crl() {
    return locked(() -> {
      refreshCrl(false);
      return Files.readAllBytes(dir.resolve(CRL));
    });
  }

  /** The signer's key, issued on first use (and again when the old certificate is about to expire). */
  public synchronized SigningKey signer(String userId, String displayName) {
    requireUserId(userId);
    SigningKey cached = signers.get(userId);
    if (cached != null && fresh(cached)) {
      return cached;
    }
    SigningKey key = locked(() -> loadOrCreate(signerKeystore(userId), displayName, userId, false));
    signers.put(userId, key);
    return key;
  }

  /** Revokes the signer's current certificate (key compromise) and re-issues the CRL; the next use gets a new one. */
  public synchronized void revoke(String userId) {
    SigningKey key = signer(userId, userId);
    locked(() -> {
      String line = key.certificate().getSerialNumber().toString(16) + " " + clock.instant() + "\n";
      Files.writeString(dir.resolve(REVOKED), line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      Files.delete(signerKeystore(userId));
      refreshCrl(true);
      return null;
    });
    signers.remove(userId);
  }

  Path signerKeystore(String userId) {
    requireUserId(userId);
    return dir.resolve(SIGNERS).resolve(userId + ".p12");
  }

  /** The password of every keystore here; development only. */
  char[] password() {
    return password.clone();
  }

  // --- creation -----------------------------------------------------------------------------------------

  private SigningKey loadOrCreateCa() throws IOException, GeneralSecurityException, OperatorCreationException {
    Path keystore = dir.resolve(CA_KEYSTORE);
    if (Files.exists(keystore)) {
      SigningKey existing = load(keystore);
      if (validNow(existing.certificate())) {
        return existing;
      }
    }
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
    SigningKey key = new SigningKey(pair.getPrivate(), certificate, List.of(certificate));
    store(keystore, key);
    StringWriter pem = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
      writer.writeObject(certificate);
    }
    write(dir.resolve(CA_CERTIFICATE), pem.toString().getBytes(StandardCharsets.US_ASCII));
    return key;
  }

  private SigningKey loadOrCreate(Path keystore, String displayName, String userId, boolean timeStamping)
      throws IOException, GeneralSecurityException, OperatorCreationException {
    if (Files.exists(keystore)) {
      SigningKey existing = load(keystore);
      if (fresh(existing)) {
        return existing;
      }
    }
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
    SigningKey key = new SigningKey(pair.getPrivate(), certificate, List.of(certificate, ca.certificate()));
    store(keystore, key);
    // the CRL must be issued after every certificate it speaks for
    refreshCrl(true);
    return key;
  }

  private void refreshCrl(boolean force) throws IOException, GeneralSecurityException, OperatorCreationException {
    Path file = dir.resolve(CRL);
    Instant now = clock.instant();
    if (!force && Files.exists(file)) {
      X509CRL current = crl(Files.readAllBytes(file));
      if (current.getNextUpdate() != null && current.getNextUpdate().toInstant().isAfter(now.plus(Duration.ofDays(1)))
          && !current.getThisUpdate().toInstant().isAfter(now)) {
        return;
      }
    }
    X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
        Date.from(now));
    builder.setNextUpdate(Date.from(now.plus(CRL_VALIDITY)));
    Path revoked = dir.resolve(REVOKED);
    if (Files.exists(revoked)) {
      for (String line : Files.readAllLines(revoked, StandardCharsets.US_ASCII)) {
        String[] parts = line.strip().split(" ");
        if (parts.length == 2) {
          builder.addCRLEntry(new BigInteger(parts[0], 16), Date.from(Instant.parse(parts[1])), CRLReason.keyCompromise);
        }
      }
    }
    builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.toEpochMilli())));
    builder.addExtension(Extension.authorityKeyIdentifier, false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.certificate()));
    X509CRLHolder holder = builder.build(signer(ca.privateKey()));
    write(file, holder.getEncoded());
  }

  // --- keystores and files ------------------------------------------------------------------------------

  private SigningKey load(Path keystore) throws IOException, GeneralSecurityException {
    return Keystores.load(keystore, password, null);
  }

  private void store(Path keystore, SigningKey key) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(X509Certificate[]::new));
    Files.createDirectories(keystore.getParent());
    Path temporary = Files.createTempFile(keystore.getParent(), keystore.getFileName().toString(), ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, password);
      }
      ownerOnly(temporary);
      Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private char[] readOrCreatePassword() throws IOException {
    Path file = dir.resolve(PASSWORD);
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
    }
    String generated = VerificationCode.generate(random);
    write(file, generated.getBytes(StandardCharsets.US_ASCII));
    return generated.toCharArray();
  }

  private void write(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      Files.write(temporary, content);
      ownerOnly(temporary);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the directory's own protection applies
    }
  }

  /** Issued by the current CA, valid now and for at least another day. */
  private boolean fresh(SigningKey key) {
    X509Certificate certificate = key.certificate();
    return key.chain().contains(ca.certificate()) && validNow(certificate)
        && certificate.getNotAfter().toInstant().isAfter(clock.instant().plus(Duration.ofDays(1)));
  }

  private boolean validNow(X509Certificate certificate) {
    Instant now = clock.instant();
    return !certificate.getNotBefore().toInstant().isAfter(now) && certificate.getNotAfter().toInstant().isAfter(now);
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

  static X509CRL crl(byte[] der) {
    try {
      return new JcaX509CRLConverter().getCRL(new X509CRLHolder(der));
    } catch (IOException | java.security.cert.CRLException e) {
      throw new IllegalStateException("CRL tidak dapat dibaca", e);
    }
  }

  private static void requireUserId(String userId) {
    if (userId == null || !USER_ID.matcher(userId).matches()) {
      throw new IllegalArgumentException("Bukan id pengguna yang dapat menjadi nama berkas: " + userId);
    }
  }

  @FunctionalInterface
  private interface Work<T> {
    T run() throws IOException, GeneralSecurityException, OperatorCreationException;
  }

  /** Runs under an exclusive lock on the directory, so that two processes never issue at the same time. */
  private <T> T locked(Work<T> work) {
    try {
      Files.createDirectories(dir);
      try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        return work.run();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("PKI pengembangan di " + dir + " tidak dapat dibaca atau ditulis", e);
    } catch (GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("PKI pengembangan di " + dir + " gagal: " + e.getMessage(), e);
    }
  }
}
