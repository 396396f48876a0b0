package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.identity.AuthenticatedUser;
import id.asn.workflow.identity.UserDirectory;
import id.asn.workflow.signature.SignatureConfiguration.PkiProperties;
import id.asn.workflow.signature.SignatureConfiguration.PkiProperties.SignerKeystore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Whose key signs: the configured keystore, the development CA, or a clear refusal naming what to set. */
class SignerKeysTest {

  private static final UserDirectory NO_USERS = new UserDirectory() {
    @Override
    public Optional<AuthenticatedUser> authenticate(String userId, String password) {
      return Optional.empty();
    }

    @Override
    public Optional<String> fullName(String userId) {
      return Optional.of("Nama " + userId);
    }

    @Override
    public Optional<String> groupName(String groupId) {
      return Optional.empty();
    }

    @Override
    public boolean isMember(String userId, String groupId) {
      return false;
    }
  };

  private static SignerKeys keys(Map<String, SignerKeystore> configured, DevelopmentPki development) {
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    if (development != null) {
      beans.addBean("developmentPki", development);
    }
    PkiProperties properties = new PkiProperties(development != null, Path.of("target/unused"), "uji", List.of(), List.of(),
        null, configured);
    return new SignerKeys(properties, beans.getBeanProvider(DevelopmentPki.class), NO_USERS);
  }

  @Test
  void inProductionASignerWithoutAKeystoreIsRefusedNamingTheSignerAndTheProperty() {
    assertThatThrownBy(() -> keys(Map.of(), null).keyOf("penandatangan9"))
        .isInstanceOf(MissingSignerKeystoreException.class)
        .hasMessageContaining("'penandatangan9'")
        .hasMessageContaining("app.pki.penandatangan.penandatangan9.keystore")
        .hasMessageContaining("app.pki.penandatangan.penandatangan9.password");
  }

  @Test
  void aConfiguredKeystoreThatCannotBeOpenedIsRefusedNamingTheFile() {
    SignerKeys keys = keys(Map.of("penandatangan1",
        new SignerKeystore(Path.of("/tidak/ada/penandatangan1.p12"), "salah", null)), null);
    assertThatThrownBy(() -> keys.keyOf("penandatangan1"))
        .isInstanceOf(MissingSignerKeystoreException.class)
        .hasMessageContaining("app.pki.penandatangan.penandatangan1.keystore")
        .hasMessageContaining("/tidak/ada/penandatangan1.p12");
  }

  @Test
  void aConfiguredPkcs12KeystoreIsUsed() {
    DevelopmentPki pki = TestPki.TRUSTED;
    SigningKey issued = pki.signer("kepala", "Kepala Kantor");
    SignerKeys keys = keys(Map.of("kepala",
        new SignerKeystore(pki.signerKeystore("kepala"), new String(pki.password()), null)), null);
    SigningKey loaded = keys.keyOf("kepala");
    assertThat(loaded.certificate()).isEqualTo(issued.certificate());
    assertThat(loaded.chain()).hasSize(2);
    assertThat(loaded.commonName()).isEqualTo("Kepala Kantor");
  }

  @Test
  void aWrongPasswordIsRefused() {
    DevelopmentPki pki = TestPki.TRUSTED;
    pki.signer("kepala", "Kepala Kantor");
    SignerKeys keys = keys(Map.of("kepala", new SignerKeystore(pki.signerKeystore("kepala"), "salah", null)), null);
    assertThatThrownBy(() -> keys.keyOf("kepala")).isInstanceOf(MissingSignerKeystoreException.class)
        .hasMessageContaining("app.pki.penandatangan.kepala.password");
  }

  @Test
  void inDevelopmentEverySignerGetsAKeyFromTheTestCaNamedAfterTheUser() {
    SigningKey key = keys(Map.of(), TestPki.TRUSTED).keyOf("penandatangan3");
    assertThat(key.commonName()).isEqualTo("Nama penandatangan3");
    assertThat(key.chain().get(key.chain().size() - 1)).isEqualTo(TestPki.TRUSTED.caCertificate());
  }
}
