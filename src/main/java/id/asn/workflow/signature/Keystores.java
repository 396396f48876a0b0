package id.asn.workflow.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reading keys and certificates from files: PKCS#12 keystores, certificates in PEM or DER. */
final class Keystores {

  private Keystores() {}

  /**
   * The private key and chain of a PKCS#12 keystore: the entry {@code alias}, or the only key entry when no
   * alias is given. The same password opens the store and the key, as in every PKCS#12 tool.
   */
  public static SigningKey load(Path keystore, char[] password, String alias) throws IOException, GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      store.load(in, password);
    }
    String chosen = alias;
    if (chosen == null || chosen.isBlank()) {
      List<String> keys = new ArrayList<>();
      for (String name : Collections.list(store.aliases())) {
        if (store.isKeyEntry(name)) {
          keys.add(name);
        }
      }
      if (keys.size() != 1) {
        throw new GeneralSecurityException("Keystore " + keystore + " berisi " + keys.size()
            + " kunci privat " + keys + "; sebutkan alias yang dipakai");
      }
      chosen = keys.get(0);
    }
    Key key = store.getKey(chosen, password);
    if (!(key instanceof PrivateKey privateKey)) {
      throw new GeneralSecurityException("Keystore " + keystore + " tidak memiliki kunci privat dengan alias " + chosen);
    }
    Certificate[] chain = store.getCertificateChain(chosen);
    if (chain == null || chain.length == 0) {
      throw new GeneralSecurityException("Keystore " + keystore + " tidak memiliki sertifikat untuk alias " + chosen);
    }
    List<X509Certificate> certificates = new ArrayList<>();
    for (Certificate certificate : chain) {
      certificates.add((X509Certificate) certificate);
    }
    return new SigningKey(privateKey, certificates.get(0), certificates);
  }

  /** Every certificate in a file, PEM (one or more blocks) or DER. */
  public static List<X509Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      List<X509Certificate> result = new ArrayList<>();
      for (Certificate certificate : factory.generateCertificates(in)) {
        result.add((X509Certificate) certificate);
      }
      return result;
    }
  }
}
