package id.asn.workflow.signature;

import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.signature.SignatureConfiguration.PkiProperties;
import id.asn.workflow.signature.SignatureConfiguration.PkiProperties.SignerKeystore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whose key signs: each signer user's own PKCS#12 keystore, configured as
 * {@code app.pki.penandatangan.<user>.keystore} and {@code .password}. In development a signer without one
 * gets a key from the development CA. Opened keystores are kept per node until their file changes (opening
 * one costs a key derivation); nothing here is needed by another node.
 */
@Component
class SignerKeys {

  static final String PROPERTY_PREFIX = "app.pki.penandatangan.";

  private final PkiProperties properties;
  private final ObjectProvider<DevelopmentPki> development;
  private final UserDirectory users;
  private final Map<String, Loaded> opened = new ConcurrentHashMap<>();

  SignerKeys(PkiProperties properties, ObjectProvider<DevelopmentPki> development, UserDirectory users) {
    this.properties = properties;
    this.development = development;
    this.users = users;
  }

  private record Loaded(Path keystore, FileTime modified, SigningKey key) {}

  /**
   * The key of the signer.
   *
   * @throws MissingSignerKeystoreException naming the signer and the property when there is none
   */
  SigningKey keyOf(String signer) {
    SignerKeystore configured = properties.penandatangan().get(signer);
    if (configured != null && configured.keystore() != null) {
      return configuredKey(signer, configured);
    }
    DevelopmentPki pki = development.getIfAvailable();
    if (pki != null) {
      return pki.signer(signer, users.fullName(signer).orElse(signer));
    }
    throw MissingSignerKeystoreException.notConfigured(signer);
  }

  private SigningKey configuredKey(String signer, SignerKeystore configured) {
    Path keystore = configured.keystore();
    try {
      FileTime modified = Files.getLastModifiedTime(keystore);
      Loaded loaded = opened.get(signer);
      if (loaded != null && loaded.keystore().equals(keystore) && loaded.modified().equals(modified)) {
        return loaded.key();
      }
      char[] password = configured.password() == null ? new char[0] : configured.password().toCharArray();
      SigningKey key = Keystores.load(keystore, password, configured.alias());
      opened.put(signer, new Loaded(keystore, modified, key));
      return key;
    } catch (IOException | GeneralSecurityException e) {
      throw MissingSignerKeystoreException.unreadable(signer, keystore, e);
    }
  }
}
