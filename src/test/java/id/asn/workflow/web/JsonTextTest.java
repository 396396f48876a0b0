package id.asn.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonTextTest {

  @Test
  void utf8PassesAsItIs() throws Exception {
    assertThat(JsonText.decode("{\"nama\": \"Siti Aminah 中\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("{\"nama\": \"Siti Aminah 中\"}");
  }

  @Test
  void aUtf8ByteOrderMarkIsForgiven() throws Exception {
    byte[] withBom = ("\uFEFF{\"a\": 1}").getBytes(StandardCharsets.UTF_8);

    assertThat(JsonText.decode(withBom)).isEqualTo("{\"a\": 1}");
  }

  @Test
  void utf16IsRefusedWithOrWithoutItsMark() {
    assertThatThrownBy(() -> JsonText.decode("{\"a\": 1}".getBytes(StandardCharsets.UTF_16)))
        .hasMessageContaining("UTF-16");
    assertThatThrownBy(() -> JsonText.decode("{\"a\": 1}".getBytes(StandardCharsets.UTF_16LE)))
        .hasMessageContaining("NUL");
  }

  @Test
  void bytesThatAreNotUtf8AreRefusedRatherThanReplaced() {
    byte[] latin1 = "{\"nama\": \"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> JsonText.decode(latin1)).hasMessageContaining("bukan teks UTF-8");
    assertThatThrownBy(() -> JsonText.decode(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}))
        .as("an encoded lone surrogate").hasMessageContaining("bukan teks UTF-8");
  }
}
