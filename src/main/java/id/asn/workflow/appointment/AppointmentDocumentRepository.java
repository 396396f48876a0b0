package id.asn.workflow.appointment;

import id.asn.workflow.kernel.DocumentType;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The documents handed in for an appointment and the rounds of their completeness check (V12). */
@Repository
class AppointmentDocumentRepository {

  private final JdbcClient jdbc;

  AppointmentDocumentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void putDocument(String id, DocumentType jenis, String sha256, String fileName, int size, Instant at) {
    jdbc.sql("delete from pengangkatan_dokumen where pengangkatan_id = ? and jenis = ?").params(id, jenis.name()).update();
    jdbc.sql("""
            insert into pengangkatan_dokumen (pengangkatan_id, jenis, sha256, nama_file, ukuran, diunggah)
            values (?, ?, ?, ?, ?, ?)""")
        .params(id, jenis.name(), sha256, fileName, size, Timestamp.from(at)).update();
  }

  /** The current file of each type: type → {sha256, nama_file}. */
  Map<DocumentType, String[]> documents(String id) {
    Map<DocumentType, String[]> documents = new LinkedHashMap<>();
    jdbc.sql("select jenis, sha256, nama_file from pengangkatan_dokumen where pengangkatan_id = ? order by jenis")
        .param(id).query((ResultSet rs) -> {
          documents.put(DocumentType.valueOf(rs.getString("jenis")),
              new String[] {rs.getString("sha256"), rs.getString("nama_file")});
        });
    return documents;
  }

  int nextRound(String id) {
    return jdbc.sql("select coalesce(max(putaran), 0) + 1 from pengangkatan_penilaian where pengangkatan_id = ?")
        .param(id).query(Integer.class).single();
  }

  void review(String id, int round, DocumentReview review, String by, Instant at) {
    jdbc.sql("""
            insert into pengangkatan_penilaian (pengangkatan_id, putaran, jenis, status, alasan, oleh, waktu)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, round, review.dokumen().name(), review.status().name(), review.alasan(), by, Timestamp.from(at))
        .update();
  }
}
