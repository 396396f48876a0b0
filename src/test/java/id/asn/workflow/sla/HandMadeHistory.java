package id.asn.workflow.sla;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes engine history rows by hand (ACT_HI_PROCINST, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK) with known times. */
final class HandMadeHistory {

  private final JdbcClient jdbc;

  HandMadeHistory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String id() {
    return UUID.randomUUID().toString();
  }

  String processInstance(String proses, String businessKey, Instant start) {
    String id = id();
    jdbc.sql("""
            insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_,
              root_proc_inst_id_) values (?, ?, ?, ?, ?, ?, ?)""")
        .params(id, id, businessKey, proses, proses + ":1:" + id, Timestamp.from(start), id).update();
    return id;
  }

  /** A usul of an instansi, so that the report can filter by it. */
  void usul(String id, String instansi, Instant at) {
    jdbc.sql("""
            insert into usul_ni (id, instansi, jenis_asn, nomor_peserta, nik, nama, tempat_lahir, tanggal_lahir,
              jenis_kelamin, pendidikan, jabatan, unit_kerja, tmt, agama, status, dibuat, diperbarui)
            values (?, ?, 'PNS', ?, '3325015705980001', 'Uji', 'Batang', DATE '1998-05-17', 'P', 'S1', 'Analis',
              'Bappeda', DATE '2025-06-01', 'ISLAM', 'SELESAI', ?, ?)""")
        .params(id, instansi, id.substring(0, 14), Timestamp.from(at), Timestamp.from(at)).update();
  }

  /** A task pass; {@code ended} null leaves it open; {@code claimed} null means nobody claimed it. */
  String task(String processInstance, String proses, String kegiatan, String assignee, Instant created,
      Instant claimed, Instant ended, String deleteReason) {
    String id = id();
    jdbc.sql("""
            insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, proc_inst_id_, execution_id_,
              root_proc_inst_id_, name_, assignee_, start_time_, end_time_, duration_, delete_reason_, priority_)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 50)""")
        .params(id, kegiatan, proses, proses + ":1:x", processInstance, processInstance, processInstance, kegiatan,
            assignee, Timestamp.from(created), ended == null ? null : Timestamp.from(ended),
            ended == null ? null : Duration.between(created, ended).toMillis(), deleteReason)
        .update();
    if (claimed != null) {
      // an earlier claim, then the one that counts: the last
      link(id, proses, assignee, claimed.minusSeconds(30), "add");
      link(id, proses, assignee, claimed.minusSeconds(20), "delete");
      link(id, proses, assignee, claimed, "add");
    }
    return id;
  }

  private void link(String taskId, String proses, String user, Instant at, String operation) {
    jdbc.sql("""
            insert into act_hi_identitylink (id_, timestamp_, type_, user_id_, task_id_, proc_def_key_, operation_type_)
            values (?, ?, 'assignee', ?, ?, ?, ?)""")
        .params(id(), Timestamp.from(at), user, taskId, proses, operation).update();
  }
}
