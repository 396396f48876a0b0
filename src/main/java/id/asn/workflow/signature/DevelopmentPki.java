package id.asn.workflow.signature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * A small certification authority for development and tests, kept in one directory (by default
 * {@code ${app.data-dir}/pki}) and made on first use, never committed: a root CA, one certificate per signer
 * user (made when that user first signs), a time-stamping authority and a CRL, re-issued whenever it is
 * about to lapse or a certificate was issued after it (a validator trusts a CRL only for certificates that
 * existed when it was issued). Keystores are PKCS#12 under a random password kept in the same directory.
 * Several processes sharing the directory take turns through a file lock. This class decides what to issue
 * and when; {@link CertificateIssuer} makes the certificates and {@link PkiDirectory} keeps the files.
 */
final class DevelopmentPki {

  static final String CA_KEYSTORE = "ca.p12";
  static final String CA_CERTIFICATE = "ca.pem";
  static final String CRL = "ca.crl";
  static final String TSA_KEYSTORE = "tsa.p12";
  static final String SIGNERS = "penandatangan";
  private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  private final PkiDirectory dir;
  private final CertificateIssuer issuer;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, SigningKey> signers = new HashMap<>();
  private SigningKey ca;
  private SigningKey tsa;

  private DevelopmentPki(Path dir, String organisation, Clock clock) {
    this.dir = new PkiDirectory(dir.toAbsolutePath().normalize());
    this.issuer = new CertificateIssuer(organisation, clock, random);
    this.clock = clock;
  }

  /** Opens the authority in {@code dir}, creating the CA, the TSA and the CRL if they are not there yet. */
  public static DevelopmentPki open(Path dir, String organisation, Clock clock) {
    DevelopmentPki pki = new DevelopmentPki(dir, organisation, clock);
    pki.dir.locked(() -> {
      pki.dir.readOrCreatePassword(pki.random);
      pki.ca = pki.loadOrCreateCa();
      pki.tsa = pki.loadOrCreate(pki.dir.resolve(TSA_KEYSTORE), "Otoritas Cap Waktu Pengembangan", null, true);
      pki.refreshCrl(false);
      return null;
    });
    return pki;
  }

  public Path directory() {
    return dir.path();
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
    return dir.locked(() -> {
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
    SigningKey key = dir.locked(() -> loadOrCreate(signerKeystore(userId), displayName, userId, false));
    signers.put(userId, key);
    return key;
  }

  /** Revokes the signer's current certificate (key compromise) and re-issues the CRL; the next use gets a new one. */
  public synchronized void revoke(String userId) {
    SigningKey key = signer(userId, userId);
    dir.locked(() -> {
      dir.addRevocation(key.certificate().getSerialNumber(), clock.instant());
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
    return dir.password();
  }

  private SigningKey loadOrCreateCa() throws IOException, GeneralSecurityException, OperatorCreationException {
    Path keystore = dir.resolve(CA_KEYSTORE);
    if (Files.exists(keystore)) {
      SigningKey existing = dir.load(keystore);
      if (validNow(existing.certificate())) {
        return existing;
      }
    }
    SigningKey key = issuer.rootCa();
    dir.store(keystore, key);
    dir.write(dir.resolve(CA_CERTIFICATE), CertificateIssuer.pem(key.certificate()));
    return key;
  }

  private SigningKey loadOrCreate(Path keystore, String displayName, String userId, boolean timeStamping)
      throws IOException, GeneralSecurityException, OperatorCreationException {
    if (Files.exists(keystore)) {
      SigningKey existing = dir.load(keystore);
      if (fresh(existing)) {
        return existing;
      }
    }
    SigningKey key = issuer.endEntity(ca, displayName, userId, timeStamping);
    dir.store(keystore, key);
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
    dir.write(file, issuer.crl(ca, dir.revocations(), now));
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

  private static X509CRL crl(byte[] der) {
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
}
