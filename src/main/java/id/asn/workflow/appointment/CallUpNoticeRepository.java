package id.asn.workflow.appointment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Call-up announcements (table pengangkatan_pengumuman) and the appointments each one calls. */
@Repository
class CallUpNoticeRepository {

  private final JdbcClient jdbc;

  CallUpNoticeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The period's appointments of the instansi called up and not yet named in an announcement. */
  List<String> awaitingAnnouncement(String periodeId, String instansi) {
    return jdbc.sql("select id from pengangkatan where periode_id = ? and instansi = ? and status = ? "
            + "and tanggal_panggilan is not null and pengumuman_panggilan_id is null order by kode_formasi, peringkat")
        .params(periodeId, instansi, AppointmentStatus.PANGGILAN.name()).query(String.class).list();
  }

  void insert(CallUpNotice n, String by, Instant now) {
    jdbc.sql("insert into pengangkatan_pengumuman (id, periode_id, instansi, nomor, tanggal, kehadiran_mulai, "
            + "kehadiran_selesai, waktu, tempat, media, dibuat, dibuat_oleh) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(n.id(), n.periodeId(), n.instansi(), n.nomor(), n.tanggal(), n.kehadiranMulai(),
            n.kehadiranSelesai(), n.waktu(), n.tempat(), n.media(), Timestamp.from(now), by)
        .update();
  }

  boolean exists(String periodeId, String instansi, String nomor) {
    return jdbc.sql("select count(*) from pengangkatan_pengumuman where periode_id = ? and instansi = ? and nomor = ?")
        .params(periodeId, instansi, nomor).query(Integer.class).single() > 0;
  }

  /** The announcement's date becomes the call-up notice; false when the appointment was meanwhile named or moved on. */
  boolean name(String appointmentId, CallUpNotice n, Instant now) {
    return jdbc.sql("update pengangkatan set pengumuman_panggilan_id = ?, tanggal_panggilan = ?, diubah = ? "
            + "where id = ? and status = ? and pengumuman_panggilan_id is null")
        .params(n.id(), n.tanggal(), Timestamp.from(now), appointmentId, AppointmentStatus.PANGGILAN.name())
        .update() == 1;
  }

  Optional<CallUpNotice> find(String id) {
    List<String> peserta = jdbc.sql("select id from pengangkatan where pengumuman_panggilan_id = ? "
        + "order by kode_formasi, peringkat").param(id).query(String.class).list();
    return jdbc.sql("select * from pengangkatan_pengumuman where id = ?").param(id)
        .query((rs, row) -> new CallUpNotice(rs.getString("id"), rs.getString("periode_id"), rs.getString("instansi"),
            rs.getString("nomor"), rs.getObject("tanggal", LocalDate.class),
            rs.getObject("kehadiran_mulai", LocalDate.class),
            rs.getObject("kehadiran_selesai", LocalDate.class), rs.getString("waktu"),
            rs.getString("tempat"), rs.getString("media"), peserta))
        .optional();
  }
}
