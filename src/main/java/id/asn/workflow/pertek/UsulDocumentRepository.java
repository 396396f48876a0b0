package id.asn.workflow.pertek;

import id.asn.workflow.kernel.DocumentType;
import id.asn.workflow.kernel.document.StoredDocument;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents of each usul. A correction never overwrites: it adds a version and marks the one before
 * it no longer current ({@code berlaku = false}), so what the Kanreg verified earlier stays on record.
 */
@Repository
public class UsulDocumentRepository {

  private static final String COLUMNS = "id, usul_id, jenis, sha256, nama_file, media_type, ukuran, berlaku, diunggah";

  private final JdbcClient jdbc;

  UsulDocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Makes these bytes the current document of its type for the usul. */
  public void addVersion(String usulId, DocumentType type, String sha256, String fileName, String mediaType, long size,
      Instant uploaded) {
    retire(usulId, type);
    jdbc.sql("""
            insert into usul_dokumen (usul_id, jenis, sha256, nama_file, media_type, ukuran, berlaku, diunggah)
            values (?, ?, ?, ?, ?, ?, true, ?)""")
        .params(usulId, type.name(), sha256, fileName, mediaType, size, Timestamp.from(uploaded))
        .update();
  }

  /** Leaves the usul without a current document of this type (earlier versions stay on record). */
  public void retire(String usulId, DocumentType type) {
    jdbc.sql("update usul_dokumen set berlaku = false where usul_id = ? and jenis = ? and berlaku = true")
        .params(usulId, type.name())
        .update();
  }

  /** The current document of each type, in document-type order. */
  public List<StoredDocument> current(String usulId) {
    return jdbc.sql("select " + COLUMNS + " from usul_dokumen where usul_id = ? and berlaku = true")
        .param(usulId)
        .query(UsulDocumentRepository::map)
        .list()
        .stream()
        .sorted((a, b) -> a.jenis().compareTo(b.jenis()))
        .toList();
  }

  public Optional<StoredDocument> current(String usulId, DocumentType type) {
    return jdbc.sql("select " + COLUMNS + " from usul_dokumen where usul_id = ? and jenis = ? and berlaku = true")
        .params(usulId, type.name())
        .query(UsulDocumentRepository::map)
        .optional();
  }

  /** Every version of one document of a usul, newest first. */
  public List<StoredDocument> versions(String usulId, DocumentType type) {
    return jdbc.sql("select " + COLUMNS + " from usul_dokumen where usul_id = ? and jenis = ? order by id desc")
        .params(usulId, type.name())
        .query(UsulDocumentRepository::map)
        .list();
  }

  private static StoredDocument map(ResultSet rs, int row) throws SQLException {
    return new StoredDocument(
        rs.getLong("id"),
        rs.getString("usul_id"),
        DocumentType.valueOf(rs.getString("jenis")),
        rs.getString("sha256"),
        rs.getString("nama_file"),
        rs.getString("media_type"),
        rs.getLong("ukuran"),
        rs.getBoolean("berlaku"),
        rs.getTimestamp("diunggah").toInstant());
  }
}
