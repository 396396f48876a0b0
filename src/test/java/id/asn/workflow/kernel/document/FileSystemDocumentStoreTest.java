package id.asn.workflow.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.pertek.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemDocumentStoreTest {

  @TempDir
  Path root;

  final Journal journal = new Journal();

  /** The journal's contract in memory: writes by time, and the hashes some committed row references. */
  static final class Journal implements PendingDocuments {
    final Map<String, List<Instant>> writes = new HashMap<>();
    final Set<String> referenced = new HashSet<>();
    Instant now = Instant.parse("2026-11-23T03:00:00Z");
    /** Runs when the sweep asks about a hash the second time (the file is aside): a writer arriving then. */
    Runnable beforeSecondQuestion;
    private final Map<String, Integer> questions = new HashMap<>();

    @Override
    public void recordBeforeWrite(String sha256) {
      writes.computeIfAbsent(sha256, k -> new ArrayList<>()).add(now);
    }

    @Override
    public List<String> olderThan(Instant cutoff, int limit) {
      return writes.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(t -> t.isBefore(cutoff)))
          .map(Map.Entry::getKey).limit(limit).toList();
    }

    @Override
    public boolean inUse(String sha256, Instant cutoff) {
      if (questions.merge(sha256, 1, Integer::sum) == 2 && beforeSecondQuestion != null) {
        beforeSecondQuestion.run();
      }
      return referenced.contains(sha256)
          || writes.getOrDefault(sha256, List.of()).stream().anyMatch(t -> !t.isBefore(cutoff));
    }

    @Override
    public void forget(String sha256, Instant cutoff) {
      List<Instant> times = writes.getOrDefault(sha256, new ArrayList<>());
      times.removeIf(t -> t.isBefore(cutoff));
      if (times.isEmpty()) {
        writes.remove(sha256);
      }
    }
  }

  @Test
  void givesBackIdenticalBytesUnderTheirSha256() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);
    byte[] content = TestDocuments.pdf("ijazah");

    String sha256 = store.put(content);

    assertThat(sha256).isEqualTo(ContentHash.sha256(content)).hasSize(64);
    assertThat(store.get(sha256)).isEqualTo(content);
    assertThat(store.contains(sha256)).isTrue();
  }

  @Test
  void shardsByTheFirstTwoBytePairs() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);

    String sha256 = store.put(TestDocuments.pdf("shard"));

    assertThat(root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256)).isRegularFile();
  }

  @Test
  void storingTheSameBytesTwiceChangesNothing() throws Exception {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);
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
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);
    String sha256 = store.put(TestDocuments.pdf("damaged"));
    Files.write(store.pathOf(sha256), TestDocuments.pdf("something else"));

    assertThatThrownBy(() -> store.get(sha256)).isInstanceOf(IllegalStateException.class).hasMessageContaining("damaged");
  }

  @Test
  void neverTurnsAnythingButAHashIntoAPath() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);

    assertThatThrownBy(() -> store.get("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.contains("0".repeat(64))).isFalse();
  }

  @Test
  void journalsEveryWriteBeforeTheBytesLand() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);

    String sha256 = store.put(TestDocuments.pdf("journalled"));

    assertThat(journal.writes).containsOnlyKeys(sha256);
  }

  @Test
  void removesTheFileOfAWriteThatNoCommittedRowReferencesOnceTheGraceHasPassed() throws Exception {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);
    String orphan = store.put(TestDocuments.pdf("rolled back"));
    String kept = store.put(TestDocuments.pdf("committed"));
    journal.referenced.add(kept);
    // a write killed half way left its temporary file beside where the document would go
    Path killedWrite = Files.createTempFile(store.pathOf(orphan).getParent(), orphan, ".tmp");
    Files.setLastModifiedTime(killedWrite, FileTime.from(journal.now));

    assertThat(store.removeUnreferenced(journal.now)).as("nothing is older than the cutoff yet").isZero();
    assertThat(store.contains(orphan)).isTrue();

    assertThat(store.removeUnreferenced(journal.now.plusSeconds(1))).isOne();

    assertThat(store.contains(orphan)).isFalse();
    assertThat(killedWrite).doesNotExist();
    assertThat(store.get(kept)).isEqualTo(TestDocuments.pdf("committed"));
    assertThat(journal.writes).as("both records settled").isEmpty();
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).containsExactly(store.pathOf(kept));
    }
  }

  @Test
  void keepsAFileWhoseBytesAreBeingWrittenAgain() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);
    byte[] content = TestDocuments.pdf("uploaded again");
    String sha256 = store.put(content);
    journal.now = journal.now.plusSeconds(3600);
    store.put(content); // the instansi uploads the same file after the first request failed

    assertThat(store.removeUnreferenced(journal.now.minusSeconds(60))).isZero();

    assertThat(store.get(sha256)).isEqualTo(content);
  }

  @Test
  void putsBackAFileAWriterClaimedWhileItWasAside() {
    FileSystemDocumentStore store = new FileSystemDocumentStore(root, journal);
    byte[] content = TestDocuments.pdf("claimed in between");
    String sha256 = store.put(content);
    Instant cutoff = journal.now.plusSeconds(1);
    // the same bytes are put again just as the sweep has moved the file aside: the writer finds no file
    journal.beforeSecondQuestion = () -> {
      journal.now = cutoff.plusSeconds(1);
      assertThat(store.contains(sha256)).isFalse();
      store.put(content);
    };

    assertThat(store.removeUnreferenced(cutoff)).isZero();

    assertThat(store.get(sha256)).isEqualTo(content);
    assertThat(store.pathOf(sha256).resolveSibling(sha256 + ".orphan")).doesNotExist();
  }
}
