package id.asn.workflow.signature;

import java.io.IOException;
import java.io.OutputStream;
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
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The files of the development PKI in its directory: the keystores (PKCS#12 under one password kept beside them),
 * the list of revoked certificates, and a lock file through which processes sharing the directory take turns.
 * Every file is written to a temporary file first and moved into place, readable by its owner only.
 */
final class PkiDirectory {

  private static final String PASSWORD = "password";
  private static final String REVOKED = "dicabut.txt";
  private static final String ALIAS = "key";

  private final Path dir;
  private char[] password;

  PkiDirectory(Path dir) {
    this.dir = dir;
  }

  Path path() {
    return dir;
  }

  Path resolve(String name) {
    return dir.resolve(name);
  }

  /** The password of every keystore here; development only. */
  char[] password() {
    return password.clone();
  }

  /** Reads the keystores' password, making one on first use. */
  void readOrCreatePassword(SecureRandom random) throws IOException {
    Path file = dir.resolve(PASSWORD);
    if (Files.exists(file)) {
      password = Files.readString(file, StandardCharsets.US_ASCII).strip().toCharArray();
      return;
    }
    String generated = VerificationCode.generate(random);
    write(file, generated.getBytes(StandardCharsets.US_ASCII));
    password = generated.toCharArray();
  }

  SigningKey load(Path keystore) throws IOException, GeneralSecurityException {
    return Keystores.load(keystore, password, null);
  }

  void store(Path keystore, SigningKey key) throws IOException, GeneralSecurityException {
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

  void write(Path file, byte[] content) throws IOException {
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

  /** Adds a certificate to the revocation list, one "serial (hex) instant" line each. */
  void addRevocation(BigInteger serial, Instant at) throws IOException {
    String line = serial.toString(16) + " " + at + "\n";
    Files.writeString(dir.resolve(REVOKED), line, StandardCharsets.US_ASCII, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /** The revoked certificates, in the order they were revoked. */
  List<CertificateIssuer.Revocation> revocations() throws IOException {
    List<CertificateIssuer.Revocation> revoked = new ArrayList<>();
    Path file = dir.resolve(REVOKED);
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
        String[] parts = line.strip().split(" ");
        if (parts.length == 2) {
          revoked.add(new CertificateIssuer.Revocation(new BigInteger(parts[0], 16), Instant.parse(parts[1])));
        }
      }
    }
    return revoked;
  }

  @FunctionalInterface
  interface Work<T> {
    T run() throws IOException, GeneralSecurityException, OperatorCreationException;
  }

  /** Runs under an exclusive lock on the directory, so that two processes never issue at the same time. */
  <T> T locked(Work<T> work) {
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
