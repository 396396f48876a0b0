package id.asn.workflow.pertek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

  @TempDir
  Path root;

  @Test
  void givesBackIdenticalBytesUnderTheirSha256() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root);
    byte[] content = TestDocuments.pdf("ijazah");

    String sha256 = store.put(content);

    assertThat(sha256).isEqualTo(ContentHash.sha256(content)).hasSize(64);
    assertThat(store.get(sha256)).isEqualTo(content);
    assertThat(store.contains(sha256)).isTrue();
  }

  @Test
  void shardsByTheFirstTwoBytePairs() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root);

    String sha256 = store.put(TestDocuments.pdf("shard"));

    assertThat(root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256)).isRegularFile();
  }

  @Test
  void storingTheSameBytesTwiceChangesNothing() throws Exception {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root);
    byte[] content = TestDocuments.pdf("twice");
    String sha256 = store.put(content);
    Path file = store.pathOf(sha256);
    var written = Files.getLastModifiedTime(file);

    assertThat(store.put(content)).isEqualTo(sha256);

    assertThat(Files.getLastModifiedTime(file)).isEqualTo(written);
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactly(file);
    }
  }

  @Test
  void noticesADamagedFile() throws Exception {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root);
    String sha256 = store.put(TestDocuments.pdf("damaged"));
    Files.write(store.pathOf(sha256), TestDocuments.pdf("something else"));

    assertThatThrownBy(() -> store.get(sha256)).isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
  }

  @Test
  void neverTurnsAnythingButAHashIntoAPath() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root);

    assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.contains("0".repeat(64))).isFalse();
  }
}
