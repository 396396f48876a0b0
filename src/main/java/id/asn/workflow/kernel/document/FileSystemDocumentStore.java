package id.asn.workflow.kernel.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Documents as files under one directory, sharded by the first two byte pairs of the hash
 * ({@code ab/cd/abcd…}) so that no directory grows to millions of entries. Several nodes may share the
 * directory (a network file system): writes go to a temporary file that is flushed to disk and then
 * renamed atomically, so a reader never sees half a document and a crash never leaves one.
 *
 * <p>A write is journalled ({@link PendingDocuments}) before its bytes land; {@link #removeUnreferenced} later
 * deletes the files of writes whose transaction never committed, so a crash or rollback leaves no orphan.
 */
@Component
@ConditionalOnProperty(name = "app.dokumen.store", havingValue = "file", matchIfMissing = true)
class FileSystemDocumentStore implements DocumentStore {

  private static final Logger log = LoggerFactory.getLogger(FileSystemDocumentStore.class);
  private static final int SWEEP_BATCH = 500;

  private final Path root;
  private final PendingDocuments pending;

  FileSystemDocumentStore(@Value("${app.dokumen.dir}") Path root, PendingDocuments pending) {
    this.root = root.toAbsolutePath().normalize();
    this.pending = pending;
  }

  @Override
  public String put(byte[] content) {
    String sha256 = ContentHash.sha256(content);
    Path target = pathOf(sha256);
    // committed before the file is looked at, so that a sweep running now keeps the file (see removeUnreferenced)
    pending.recordBeforeWrite(sha256);
    if (Files.exists(target)) {
      return sha256;
    }
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), sha256, ".tmp");
      try {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(content);
          while (buffer.hasRemaining()) {
            channel.write(buffer);
          }
          // on disk before the database row that points at it can commit
          channel.force(true);
        }
        // a concurrent writer of the same hash wrote the same bytes: replacing its file is harmless
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store document " + sha256 + " under " + root, e);
    }
    return sha256;
  }

  @Override
  public byte[] get(String sha256) {
    Path path = pathOf(sha256);
    byte[] content;
    try {
      content = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read document " + sha256 + " under " + root, e);
    }
    if (!ContentHash.sha256(content).equals(sha256)) {
      throw new IllegalStateException("Stored document " + path + " does not match its hash: the file was damaged");
    }
    return content;
  }

  @Override
  public boolean contains(String sha256) {
    return Files.exists(pathOf(sha256));
  }

  /**
   * Deletes the files of writes journalled before {@code cutoff} that no committed row references (their
   * transaction crashed or rolled back), with the temporary files a killed write left beside them. Safe on
   * several nodes at once and next to writers: the file is first moved aside, then the journal is asked again;
   * a write of the same bytes journals itself before it looks for the file, so it is either seen here (and the
   * file put back) or finds no file and writes it anew. Returns the number of files deleted.
   */
  public int removeUnreferenced(Instant cutoff) {
    int removed = 0;
    for (String sha256 : pending.olderThan(cutoff, SWEEP_BATCH)) {
      if (!pending.inUse(sha256, cutoff) && deleteUnlessClaimed(sha256, cutoff)) {
        removed++;
      }
      removeStaleTemporaryFiles(sha256, cutoff);
      pending.forget(sha256, cutoff);
    }
    if (removed > 0) {
      log.info("Dokumen: {} berkas tanpa rujukan (transaksi yang tidak selesai) dihapus", removed);
    }
    return removed;
  }

  private boolean deleteUnlessClaimed(String sha256, Instant cutoff) {
    Path file = pathOf(sha256);
    Path aside = file.resolveSibling(sha256 + ".orphan");
    try {
      Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException gone) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot move " + file + " aside", e);
    }
    try {
      if (pending.inUse(sha256, cutoff)) {
        Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return false;
      }
      Files.delete(aside);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot put back or delete " + aside, e);
    }
  }

  private void removeStaleTemporaryFiles(String sha256, Instant cutoff) {
    Path directory = pathOf(sha256).getParent();
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(directory, sha256 + "*.tmp")) {
      for (Path temporary : temporaries) {
        if (Files.getLastModifiedTime(temporary).toInstant().isBefore(cutoff)) {
          Files.deleteIfExists(temporary);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot clean " + directory, e);
    }
  }

  Path pathOf(String sha256) {
    if (!ContentHash.isSha256(sha256)) {
      throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
