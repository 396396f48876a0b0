package id.asn.workflow.pertek;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Documents as files under one directory, sharded by the first two byte pairs of the hash
 * ({@code ab/cd/abcd…}) so that no directory grows to millions of entries. Several nodes may share the
 * directory (a network file system): writes go to a temporary file that is flushed to disk and then
 * renamed atomically, so a reader never sees half a document and a crash never leaves one.
 */
@Component
@ConditionalOnProperty(name = "app.dokumen.store", havingValue = "file", matchIfMissing = true)
class FileSystemDocumentStore implements DocumentStore {

  private final Path root;

  FileSystemDocumentStore(@Value("${app.dokumen.dir}") Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public String put(byte[] content) {
    String sha256 = ContentHash.sha256(content);
    Path target = pathOf(sha256);
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

  Path pathOf(String sha256) {
    if (!ContentHash.isSha256(sha256)) {
      throw new IllegalArgumentException("Not a SHA-256 hex digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }
}
