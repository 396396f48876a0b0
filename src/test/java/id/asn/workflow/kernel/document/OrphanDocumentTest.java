package id.asn.workflow.kernel.document;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.pertek.TestDocuments;
import id.asn.workflow.support.AppTest;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The journal of document writes in the database: what a rolled-back transaction leaves, the sweep removes. */
@AppTest
class OrphanDocumentTest {

  @Autowired FileSystemDocumentStore store;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcClient jdbc;
  @Autowired Clock clock;

  @Test
  void aCommittedWriteLeavesNoRecordAndARolledBackOneIsSwept() {
    byte[] committed = TestDocuments.pdf("committed " + UUID.randomUUID());
    byte[] rolledBack = TestDocuments.pdf("rolled back " + UUID.randomUUID());
    String kept = transactions.execute(status -> store.put(committed));
    String orphan = transactions.execute(status -> {
      String sha256 = store.put(rolledBack);
      status.setRollbackOnly(); // a crash or a refused step: no row will ever point at these bytes
      return sha256;
    });

    assertThat(records(kept)).as("settled when its transaction committed").isZero();
    assertThat(records(orphan)).as("left for the sweep").isOne();

    assertThat(store.removeUnreferenced(Instant.now(clock).minusSeconds(3600))).as("still within the grace").isZero();
    assertThat(store.contains(orphan)).isTrue();
    store.removeUnreferenced(Instant.now(clock).plusSeconds(1));

    assertThat(store.contains(orphan)).isFalse();
    assertThat(records(orphan)).isZero();
    assertThat(store.get(kept)).isEqualTo(committed);
  }

  @Test
  void neverRemovesADocumentACommittedRowReferences() {
    byte[] upload = TestDocuments.pdf("referenced " + UUID.randomUUID());
    // written outside any transaction (the record stays), then referenced by a committed row
    String sha256 = store.put(upload);
    String usulId = UUID.randomUUID().toString();
    transactions.executeWithoutResult(status -> {
      jdbc.sql("""
              insert into usul_ni (id, instansi, jenis_asn, nomor_peserta, nik, nama, tempat_lahir, tanggal_lahir,
                jenis_kelamin, pendidikan, jabatan, unit_kerja, tmt, agama, status, dibuat, diperbarui)
              values (?, 'G09', 'PNS', ?, '3325015705980001', 'Uji', 'Batang', DATE '1998-05-17', 'P', 'S1',
                'Analis', 'Bappeda', DATE '2025-06-01', 'ISLAM', 'DIAJUKAN', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)""")
          .params(usulId, usulId.substring(0, 14)).update();
      jdbc.sql("""
              insert into usul_dokumen (usul_id, jenis, sha256, nama_file, media_type, ukuran, berlaku, diunggah)
              values (?, 'IJAZAH', ?, 'ijazah.pdf', 'application/pdf', ?, true, CURRENT_TIMESTAMP)""")
          .params(usulId, sha256, upload.length).update();
    });

    store.removeUnreferenced(Instant.now(clock).plusSeconds(1));

    assertThat(store.get(sha256)).isEqualTo(upload);
    assertThat(records(sha256)).isZero();
  }

  private int records(String sha256) {
    return jdbc.sql("select count(*) from dokumen_tertunda where sha256 = ?").param(sha256).query(Integer.class)
        .single();
  }
}
