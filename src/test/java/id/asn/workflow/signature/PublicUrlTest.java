package id.asn.workflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublicUrlTest {

  @Test
  void aDeploymentsQrCodeNeverPrintsLocalhost() {
    for (String local : new String[] {"http://localhost:8080", "http://127.0.0.1", "https://[::1]:8443/"}) {
      assertThatThrownBy(() -> PublicUrl.checked(local, false)).as(local)
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("PUBLIC_URL").hasMessageContaining(local);
    }
    assertThat(PublicUrl.checked("http://localhost:8080", true)).as("the demo runs locally")
        .isEqualTo("http://localhost:8080");
  }

  @Test
  void aRealAddressIsKeptWithoutItsTrailingSlash() {
    assertThat(PublicUrl.checked(" https://pertek.kanreg1.example.go.id/ ", false))
        .isEqualTo("https://pertek.kanreg1.example.go.id");
  }

  @Test
  void somethingThatIsNoHttpAddressIsRefused() {
    for (String bad : new String[] {"", "pertek.kanreg1.example.go.id", "ftp://pertek.example.go.id", "http://exa mple"}) {
      assertThatThrownBy(() -> PublicUrl.checked(bad, true)).as(bad).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("PUBLIC_URL");
    }
  }
}
