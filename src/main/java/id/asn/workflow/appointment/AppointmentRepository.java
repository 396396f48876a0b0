package id.asn.workflow.appointment;

import id.asn.workflow.kernel.JenisAsn;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * An appointment's own row (table pengangkatan, V12 and V14) and its history. Each write names what happened; the
 * columns it sets are its own literals.
 */
@Repository
class AppointmentRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  AppointmentRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  Optional<Pengangkatan> find(String id) {
    return jdbc.sql("select * from pengangkatan where id = ?").param(id).query(AppointmentRepository::map).optional();
  }

  Pengangkatan get(String id) {
    return find(id).orElseThrow(() -> new IllegalStateException("Pengangkatan " + id + " tidak ada"));
  }

  List<Pengangkatan> ofPeriode(String periodeId) {
    return jdbc.sql("select * from pengangkatan where periode_id = ? order by kode_formasi, peringkat")
        .param(periodeId).query(AppointmentRepository::map).list();
  }

  Optional<String> replacementOf(String id) {
    return jdbc.sql("select id from pengangkatan where pengganti_dari = ?").param(id).query(String.class).optional();
  }

  void insert(String id, JenisAsn jenis, String periodeId, String nomorPeserta, String instansi, String kodeFormasi,
      int peringkat, String penggantiDari, Instant now) {
    jdbc.sql("""
            insert into pengangkatan (id, jenis, periode_id, nomor_peserta, instansi, kode_formasi, peringkat,
              pengganti_dari, status, dibuat, diubah) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(id, jenis.name(), periodeId, nomorPeserta, instansi, kodeFormasi, peringkat, penggantiDari,
            AppointmentStatus.PANGGILAN.name(), Timestamp.from(now), Timestamp.from(now))
        .update();
  }

  // what happened

  void recordCallUp(String id, LocalDate notice, LocalDate batasDokumen) {
    set(id, "tanggal_panggilan = ?, batas_dokumen = ?", notice, batasDokumen);
  }

  /** The documents' last day, after days were granted for distance or the holidays changed. */
  void moveDocumentsDeadline(String id, LocalDate batasDokumen) {
    set(id, "batas_dokumen = ?", batasDokumen);
  }

  void grantDistanceDays(String id, int totalWorkingDays) {
    set(id, "tambahan_hari_kerja = ?", totalWorkingDays);
  }

  /** The stage a user task of the appointment stands for, as the task is created. */
  void moveToStage(String id, AppointmentStatus stage) {
    set(id, "status = ?", stage.name());
  }

  void markDeemedNotQualified(String id) {
    set(id, "status = ?", AppointmentStatus.DIANGGAP_TIDAK_MEMENUHI_SYARAT.name());
  }

  void markNotQualified(String id) {
    set(id, "status = ?", AppointmentStatus.TIDAK_MEMENUHI_SYARAT.name());
  }

  void askToCompleteDocuments(String id, LocalDate batasDokumen) {
    set(id, "status = ?, batas_dokumen = ?", AppointmentStatus.MELENGKAPI.name(), batasDokumen);
  }

  /** The usul's data, as the completeness check found every document valid. */
  void recordUsulData(String id, String tempatLahir, String agama, LocalDate tmt) {
    set(id, "tempat_lahir = ?, agama = ?, tmt_cpns = ?", tempatLahir, agama, tmt);
  }

  /** Documents valid (PPPK: the calon decree set): the candidate waits for the PPK's collective proposal. */
  void awaitCollectiveProposal(String id) {
    set(id, "status = ?", AppointmentStatus.USUL_KOLEKTIF.name());
  }

  /** Names the collective proposal once; false when the appointment does not wait for one or another got there first. */
  boolean joinCollectiveProposal(String id, String kolektifId) {
    return jdbc.sql("update pengangkatan set usul_kolektif_id = ?, diubah = ? where id = ? and status = ? "
        + "and usul_kolektif_id is null").params(kolektifId, Timestamp.from(Instant.now(clock)), id,
            AppointmentStatus.USUL_KOLEKTIF.name()).update() == 1;
  }

  void recordNipProposal(String id, String usulId, LocalDate tanggalUsul) {
    set(id, "usul_id = ?, status = ?, tanggal_usul = ?", usulId, AppointmentStatus.USUL_NIP.name(), tanggalUsul);
  }

  /** The usul went back to the Kantor Regional after a correction. */
  void markCorrectionSent(String id) {
    set(id, "status = ?", AppointmentStatus.USUL_NIP.name());
  }

  void markNumberLate(String id) {
    set(id, "terlambat_nomor_induk = ?", true);
  }

  void markNoNumber(String id, String keterangan) {
    set(id, "status = ?, keterangan = ?", AppointmentStatus.TANPA_NOMOR_INDUK.name(), keterangan);
  }

  void recordNumber(String id, String nomorInduk, LocalDate received) {
    set(id, "nomor_induk = ?, tanggal_nip = ?, status = ?", nomorInduk, received, AppointmentStatus.NIP_TERBIT.name());
  }

  void markUsulRefused(String id, String keterangan) {
    set(id, "status = ?, keterangan = ?", AppointmentStatus.USUL_DITOLAK.name(), keterangan);
  }

  void recordCalonPppkDecree(String id, String nomor, LocalDate tanggal) {
    set(id, "nomor_sk_calon_pppk = ?, tanggal_sk_calon_pppk = ?", nomor, tanggal);
  }

  void recordCpnsDecree(String id, String nomor, LocalDate tanggal, String golonganRuang, long gajiPokok,
      long gajiCpns, int masaKerjaBulan) {
    set(id, "nomor_sk_cpns = ?, tanggal_sk_cpns = ?, golongan_ruang = ?, gaji_pokok = ?, gaji_cpns = ?, "
        + "masa_kerja_bulan = ?, status = ?", nomor, tanggal, golonganRuang, gajiPokok, gajiCpns, masaKerjaBulan,
        AppointmentStatus.CPNS.name());
  }

  void recordDecreeDelivered(String id, LocalDate diserahkan, LocalDate tembusan, String tembusanLain) {
    set(id, "tanggal_sk_diserahkan = ?, tanggal_tembusan_sk_cpns = ?, tembusan_sk_cpns_lain = ?", diserahkan, tembusan,
        tembusanLain);
  }

  void recordSpmt(String id, String nomor, LocalDate tanggal) {
    set(id, "nomor_spmt = ?, tanggal_spmt = ?", nomor, tanggal);
  }

  void recordPayProposal(String id, String nomor, LocalDate tanggal) {
    set(id, "nomor_usul_gaji = ?, tanggal_usul_gaji = ?", nomor, tanggal);
  }

  void recordProbationResult(String id, String hasilLatsar, String hasilKesehatan) {
    set(id, "hasil_latsar = ?, hasil_kesehatan = ?", hasilLatsar, hasilKesehatan);
  }

  void recordPnsDecree(String id, String nomor, LocalDate tanggal, LocalDate tmtPns) {
    set(id, "nomor_sk_pns = ?, tanggal_sk_pns = ?, tmt_pns = ?, status = ?", nomor, tanggal, tmtPns,
        AppointmentStatus.SK_PNS.name());
  }

  /** The oath with its berita acara: the appointment as PNS is done. */
  void recordOath(String id, LocalDate tanggal, String nomorBeritaAcara, String beritaAcaraSha256) {
    set(id, "tanggal_sumpah = ?, nomor_berita_acara = ?, berita_acara_sha256 = ?, status = ?", tanggal,
        nomorBeritaAcara, beritaAcaraSha256, AppointmentStatus.SELESAI.name());
  }

  void recordPppkAgreement(String id, String nomorPerjanjian, LocalDate tanggalPerjanjian, String nomorSk,
      LocalDate tanggalSk) {
    set(id, "nomor_perjanjian_kerja = ?, tanggal_perjanjian_kerja = ?, nomor_sk_pppk = ?, tanggal_sk_pppk = ?, "
        + "status = ?", nomorPerjanjian, tanggalPerjanjian, nomorSk, tanggalSk, AppointmentStatus.PPPK.name());
  }

  /** The agreement and decree sent to BKN; {@code done} when no oath of office follows. */
  /** The decree handed to the PPPK and, with the agreement, sent to BKN; outside a JPT the appointment is done. */
  void recordSentToBkn(String id, LocalDate delivered, LocalDate sent, boolean done) {
    if (done) {
      set(id, "tanggal_sk_pppk_diserahkan = ?, tanggal_kirim_bkn = ?, status = ?", delivered, sent,
          AppointmentStatus.SELESAI.name());
    } else {
      set(id, "tanggal_sk_pppk_diserahkan = ?, tanggal_kirim_bkn = ?", delivered, sent);
    }
  }

  /** A PPPK in a JPT installed with the oath of office: the appointment is done. */
  void recordOathOfOffice(String id, LocalDate tanggal, String nomorBeritaAcara) {
    set(id, "tanggal_sumpah = ?, nomor_berita_acara = ?, status = ?", tanggal, nomorBeritaAcara,
        AppointmentStatus.SELESAI.name());
  }

  /** The candidate left; a class of dismissal, years barred and a report's last day where the decision has them. */
  void recordLeaving(String id, CandidateExit.Decision decision, LocalDate tanggal, String bukti,
      LocalDate batasLaporanPenggantian) {
    StringBuilder columns = new StringBuilder("alasan_berhenti = ?, tanggal_berhenti = ?, bukti_berhenti = ?");
    List<Object> values = new ArrayList<>(List.of(decision.alasan(), tanggal, bukti));
    ifPresent(columns, values, "kelas_pemberhentian", decision.kelas() == null ? null : decision.kelas().name());
    ifPresent(columns, values, "tahun_dilarang_melamar", decision.tahunDilarangMelamar());
    ifPresent(columns, values, "tahun_dilarang_melamar_sampai", decision.tahunDilarangMelamarSampai());
    ifPresent(columns, values, "batas_laporan_penggantian", batasLaporanPenggantian);
    set(id, columns.toString(), values.toArray());
  }

  private static void ifPresent(StringBuilder columns, List<Object> values, String column, Object value) {
    if (value != null) {
      columns.append(", ").append(column).append(" = ?");
      values.add(value);
    }
  }

  /** Not passing the training or not healthy, with the ground and its class of dismissal. */
  void dismissAfterProbation(String id, DismissalGround ground) {
    set(id, "status = ?, alasan_berhenti = ?, kelas_pemberhentian = ?", AppointmentStatus.DIBERHENTIKAN.name(),
        ground.name(), ground.kelas().name());
  }

  /** Dismissed on the ground recorded as the candidate left. */
  void markDismissed(String id) {
    set(id, "status = ?", AppointmentStatus.DIBERHENTIKAN.name());
  }

  void recordReplacementDecree(String id, String nomor, LocalDate tanggal, String nomorLaporan,
      LocalDate tanggalLaporan, String pengumuman, LocalDate disampaikan) {
    set(id, "nomor_keputusan_penggantian = ?, tanggal_keputusan_penggantian = ?, nomor_laporan_penggantian = ?, "
        + "tanggal_laporan_penggantian = ?, pengumuman_penggantian = ?, tanggal_penggantian_disampaikan = ?", nomor,
        tanggal, nomorLaporan, tanggalLaporan, pengumuman, disampaikan);
  }

  void recordDismissalDecree(String id, String nomor, LocalDate tanggal, LocalDate tembusanBkn, String tembusanLain) {
    set(id, "nomor_keputusan_pemberhentian = ?, tanggal_keputusan_pemberhentian = ?, "
        + "tanggal_tembusan_pemberhentian = ?, tembusan_pemberhentian_lain = ?", nomor, tanggal, tembusanBkn,
        tembusanLain);
  }

  void markReplaced(String id) {
    set(id, "status = ?", AppointmentStatus.DIGANTI.name());
  }

  void markNipCancelled(String id) {
    set(id, "status = ?", AppointmentStatus.NIP_DIBATALKAN.name());
  }

  private void set(String id, String assignments, Object... values) {
    List<Object> params = new ArrayList<>(Arrays.asList(values));
    params.add(Timestamp.from(Instant.now(clock)));
    params.add(id);
    jdbc.sql("update pengangkatan set " + assignments + ", diubah = ? where id = ?").params(params).update();
  }

  // history

  void event(String id, String peristiwa, String keterangan, String by) {
    jdbc.sql("insert into pengangkatan_riwayat (pengangkatan_id, peristiwa, keterangan, oleh, waktu) values (?, ?, ?, ?, ?)")
        .params(id, peristiwa, keterangan.length() > 4000 ? keterangan.substring(0, 4000) : keterangan, by,
            Timestamp.from(Instant.now(clock)))
        .update();
  }

  List<Map<String, Object>> events(String id) {
    return jdbc.sql("select peristiwa, keterangan, oleh, waktu from pengangkatan_riwayat where pengangkatan_id = ? "
        + "order by id").param(id).query().listOfRows();
  }

  private static Pengangkatan map(ResultSet rs, int row) throws SQLException {
    return new Pengangkatan(rs.getString("id"), JenisAsn.valueOf(rs.getString("jenis")), rs.getString("periode_id"), rs.getString("nomor_peserta"),
        rs.getString("instansi"), rs.getString("kode_formasi"), rs.getInt("peringkat"), rs.getString("pengganti_dari"),
        AppointmentStatus.valueOf(rs.getString("status")), date(rs, "tanggal_panggilan"),
        rs.getInt("tambahan_hari_kerja"), date(rs, "batas_dokumen"), rs.getString("tempat_lahir"), rs.getString("agama"),
        rs.getString("usul_id"), date(rs, "tmt_cpns"), rs.getString("nomor_induk"), date(rs, "tanggal_nip"),
        rs.getString("golongan_ruang"), rs.getString("nomor_sk_cpns"), date(rs, "tanggal_sk_cpns"),
        date(rs, "tanggal_sk_diserahkan"), date(rs, "tanggal_spmt"), rs.getObject("gaji_pokok", Long.class),
        rs.getObject("gaji_cpns", Long.class), rs.getObject("masa_kerja_bulan", Integer.class),
        rs.getString("hasil_latsar"), rs.getString("hasil_kesehatan"), rs.getString("nomor_sk_pns"),
        date(rs, "tmt_pns"), date(rs, "tanggal_sumpah"), rs.getString("berita_acara_sha256"),
        rs.getString("alasan_berhenti"), rs.getString("kelas_pemberhentian"),
        rs.getObject("tahun_dilarang_melamar", Integer.class),
        rs.getObject("tahun_dilarang_melamar_sampai", Integer.class), date(rs, "batas_laporan_penggantian"),
        rs.getString("nomor_sk_calon_pppk"), date(rs, "tanggal_sk_calon_pppk"), date(rs, "tanggal_usul"),
        rs.getBoolean("terlambat_nomor_induk"), rs.getString("nomor_perjanjian_kerja"),
        date(rs, "tanggal_perjanjian_kerja"), rs.getString("nomor_sk_pppk"), date(rs, "tanggal_sk_pppk"),
        date(rs, "tanggal_kirim_bkn"), rs.getString("usul_kolektif_id"));
  }

  private static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }
}
