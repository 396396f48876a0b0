package id.asn.workflow.recruitment;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The results of a period, computed from the imported data whenever they are read: the ranking runs again when the
 * data changed since it last ran (a version number on the period), then the rows stream out in formasi and rank
 * order with a bounded fetch size.
 */
@Service
class SeleksiResults {

  private final SeleksiRepository periods;
  private final FormasiRepository formasi;
  private final SeleksiRanking ranking;
  private final SkdThresholds thresholds;
  private final PppkThresholds pppkThresholds;
  private final ScoreScales scoreScales;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate write;
  private final TransactionTemplate read;

  SeleksiResults(SeleksiRepository periods, FormasiRepository formasi, SeleksiRanking ranking, SkdThresholds thresholds,
      PppkThresholds pppkThresholds, ScoreScales scoreScales, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.pppkThresholds = pppkThresholds;
    this.scoreScales = scoreScales;
    this.periods = periods;
    this.formasi = formasi;
    this.ranking = ranking;
    this.thresholds = thresholds;
    this.jdbc = jdbc;
    this.write = new TransactionTemplate(transactions);
    this.read = new TransactionTemplate(transactions);
    this.read.setReadOnly(true);
  }

  /** The SKD thresholds of a year for every category. */
  public Map<Kategori, SkdThreshold> thresholdsOf(int tahun) {
    Map<Kategori, SkdThreshold> all = new EnumMap<>(Kategori.class);
    for (Kategori k : Kategori.values()) {
      all.put(k, thresholds.of(tahun, k));
    }
    return all;
  }

  /** The PPPK thresholds of the period's year for each kind of position among its formasi. */
  public java.util.List<PppkThreshold.Row> pppkThresholdsOf(Periode periode) {
    return formasi.pppkPositionKinds(periode.id()).stream().map(k -> new PppkThreshold.Row((Boolean) k[0],
        (Integer) k[1], pppkThresholds.of(periode.tahun(), (Boolean) k[0], (Integer) k[1]))).toList();
  }

  /** Brings the SKD result up to date with the data; returns whether it ran (never for a PPPK period). */
  public boolean refreshSkd(Periode periode) {
    if (periode.pppk()) {
      return false;
    }
    return Boolean.TRUE.equals(write.execute(status -> {
      Map<String, Long> v = periods.lockVersions(periode.id());
      if (v.get("data").equals(v.get("skd"))) {
        return false;
      }
      ranking.rankSkd(periode.id(), thresholdsOf(periode.tahun()), scoreScales.of(periode.tahun()).kuotaSkb());
      periods.setResultVersion(periode.id(), "versi_hasil_skd", v.get("data"));
      periods.setResultVersion(periode.id(), "versi_hasil_akhir", -1);
      return true;
    }));
  }

  /** Brings the final result up to date (the SKD result first); returns whether it ran. */
  public boolean refreshFinal(Periode periode) {
    refreshSkd(periode);
    return Boolean.TRUE.equals(write.execute(status -> {
      Map<String, Long> v = periods.lockVersions(periode.id());
      if (v.get("data").equals(v.get("akhir"))) {
        return false;
      }
      if (periode.pppk()) {
        ranking.rankPppk(periode.id(), pppkThresholdsOf(periode));
      } else {
        ranking.integrate(periode.id(), scoreScales.of(periode.tahun()).integration());
      }
      periods.setResultVersion(periode.id(), "versi_hasil_akhir", v.get("data"));
      return true;
    }));
  }

  /** V.B.6–7: every applicant, passed or not, with the reason (the committee's when it corrected the result). */
  public void administrasi(Periode periode, String kodeFormasi, Consumer<HasilRow> each) {
    stream("""
        select p.kode_formasi, f.jabatan, f.kualifikasi_pendidikan, p.nomor_peserta, p.nama, p.kategori,
          coalesce(k.lulus, p.memenuhi_syarat) as lulus,
          case when k.nomor_peserta is not null then 'keputusan panitia: ' || k.alasan else p.alasan_tms end as alasan
        from seleksi_pelamar p
        left join seleksi_formasi f on f.periode_id = p.periode_id and f.kode_formasi = p.kode_formasi
        left join seleksi_koreksi_administrasi k on k.periode_id = p.periode_id and k.nomor_peserta = p.nomor_peserta
        where p.periode_id = ? and (cast(? as varchar(40)) is null or p.kode_formasi = ?)
        order by p.kode_formasi, p.nomor_peserta""", periode.id(), kodeFormasi, rs -> each.accept(new HasilRow(
        rs.getString("kode_formasi"), rs.getString("jabatan"), rs.getString("kualifikasi_pendidikan"),
        rs.getString("nomor_peserta"), rs.getString("nama"), rs.getString("kategori"), null, null, null, null, null,
        null, null, rs.getBoolean("lulus"), rs.getString("alasan"))));
  }

  /** V.C.3: the SKD result of those who passed the administrative selection, by threshold and rank. */
  public void skd(Periode periode, String kodeFormasi, Consumer<HasilRow> each) {
    refreshSkd(periode);
    Map<Kategori, SkdThreshold> t = thresholdsOf(periode.tahun());
    int quotaMultiple = scoreScales.of(periode.tahun()).kuotaSkb();
    stream("""
        select h.kode_formasi, f.jabatan, f.kualifikasi_pendidikan, f.jumlah, h.nomor_peserta, p.nama, p.kategori,
          h.twk, h.tiu, h.tkp, h.total, h.peringkat, h.lulus, h.alasan
        from seleksi_hasil_skd h
        join seleksi_pelamar p on p.periode_id = h.periode_id and p.nomor_peserta = h.nomor_peserta
        join seleksi_formasi f on f.periode_id = h.periode_id and f.kode_formasi = h.kode_formasi
        where h.periode_id = ? and (cast(? as varchar(40)) is null or h.kode_formasi = ?)
        order by h.kode_formasi, h.peringkat, h.nomor_peserta""", periode.id(), kodeFormasi, rs -> {
      Integer twk = (Integer) rs.getObject("twk", Integer.class);
      Integer tiu = (Integer) rs.getObject("tiu", Integer.class);
      Integer tkp = (Integer) rs.getObject("tkp", Integer.class);
      Kategori kategori = Kategori.valueOf(rs.getString("kategori"));
      each.accept(new HasilRow(rs.getString("kode_formasi"), rs.getString("jabatan"), rs.getString("kualifikasi_pendidikan"),
          rs.getString("nomor_peserta"), rs.getString("nama"), kategori.name(), twk, tiu, tkp,
          (Integer) rs.getObject("total", Integer.class), null, null, rs.getInt("peringkat"), rs.getBoolean("lulus"),
          ReasonTexts.skd(rs.getString("alasan"), kategori, twk, tiu, tkp, quotaMultiple, rs.getInt("jumlah"), t)));
    });
  }

  /**
   * PPPK (Lampiran II V.E): the competence and interview result, ranked; the top N pass, the rest stay as
   * replacements.
   */
  public void akhirPppk(Periode periode, String kodeFormasi, Consumer<HasilRow> each) {
    refreshFinal(periode);
    Map<String, PppkThreshold> t = new java.util.HashMap<>();
    pppkThresholdsOf(periode).forEach(r -> t.put(r.sertifikasiWajib() + "/" + r.ambangTeknisJabatan(), r.threshold()));
    stream("""
        select a.kode_formasi, f.jabatan, f.kualifikasi_pendidikan, f.jumlah, f.sertifikasi_wajib, f.ambang_teknis,
          a.nomor_peserta, p.nama, p.kategori, a.teknis, a.manajerial_sosial_kultural, a.wawancara, a.nilai_akhir,
          a.peringkat, a.lulus, a.alasan
        from seleksi_hasil_akhir a
        join seleksi_pelamar p on p.periode_id = a.periode_id and p.nomor_peserta = a.nomor_peserta
        join seleksi_formasi f on f.periode_id = a.periode_id and f.kode_formasi = a.kode_formasi
        where a.periode_id = ? and (cast(? as varchar(40)) is null or a.kode_formasi = ?)
        order by a.kode_formasi, a.peringkat, a.nomor_peserta""", periode.id(), kodeFormasi, rs -> {
      Integer teknis = (Integer) rs.getObject("teknis", Integer.class);
      Integer msk = (Integer) rs.getObject("manajerial_sosial_kultural", Integer.class);
      Integer wawancara = (Integer) rs.getObject("wawancara", Integer.class);
      java.math.BigDecimal nilai = rs.getBigDecimal("nilai_akhir");
      PppkThreshold threshold = t.get(rs.getBoolean("sertifikasi_wajib") + "/" + rs.getObject("ambang_teknis", Integer.class));
      each.accept(new HasilRow(rs.getString("kode_formasi"), rs.getString("jabatan"),
          rs.getString("kualifikasi_pendidikan"), rs.getString("nomor_peserta"), rs.getString("nama"),
          rs.getString("kategori"), null, null, null, null, null,
          nilai == null ? null : nilai.setScale(0, java.math.RoundingMode.UNNECESSARY), rs.getInt("peringkat"),
          rs.getBoolean("lulus"), ReasonTexts.akhirPppk(rs.getString("alasan"), rs.getInt("jumlah"), threshold, teknis,
              msk, wawancara), teknis, msk, wawancara));
    });
  }

  /** V.D.4: the integrated SKD and SKB result, ranked; the top N pass, the rest stay as replacements. */
  public void akhir(Periode periode, String kodeFormasi, Consumer<HasilRow> each) {
    if (periode.pppk()) {
      akhirPppk(periode, kodeFormasi, each);
      return;
    }
    refreshFinal(periode);
    stream("""
        select a.kode_formasi, f.jabatan, f.kualifikasi_pendidikan, f.jumlah, a.nomor_peserta, p.nama, p.kategori,
          a.twk, a.tiu, a.tkp, a.total_skd, a.nilai_skb, a.nilai_akhir, a.peringkat, a.lulus, a.alasan
        from seleksi_hasil_akhir a
        join seleksi_pelamar p on p.periode_id = a.periode_id and p.nomor_peserta = a.nomor_peserta
        join seleksi_formasi f on f.periode_id = a.periode_id and f.kode_formasi = a.kode_formasi
        where a.periode_id = ? and (cast(? as varchar(40)) is null or a.kode_formasi = ?)
        order by a.kode_formasi, a.peringkat, a.nomor_peserta""", periode.id(), kodeFormasi,
        rs -> each.accept(new HasilRow(rs.getString("kode_formasi"), rs.getString("jabatan"),
            rs.getString("kualifikasi_pendidikan"), rs.getString("nomor_peserta"), rs.getString("nama"),
            rs.getString("kategori"), rs.getInt("twk"), rs.getInt("tiu"), rs.getInt("tkp"), rs.getInt("total_skd"),
            rs.getBigDecimal("nilai_skb"), rs.getBigDecimal("nilai_akhir"), rs.getInt("peringkat"), rs.getBoolean("lulus"),
            ReasonTexts.akhir(rs.getString("alasan"), rs.getInt("jumlah")))));
  }

  interface RowAction {
    void accept(java.sql.ResultSet rs) throws java.sql.SQLException;
  }

  private void stream(String sql, String periodeId, String kodeFormasi, RowAction action) {
    read.executeWithoutResult(status -> jdbc.query(con -> {
      var statement = con.prepareStatement(sql);
      statement.setFetchSize(SeleksiRepository.BATCH);
      statement.setString(1, periodeId);
      statement.setString(2, kodeFormasi);
      statement.setString(3, kodeFormasi);
      return statement;
    }, rs -> {
      action.accept(rs);
    }));
  }

  /** The day the final result was received, for the 30-day rule; null when not yet. */
  LocalDate finalReceived(Periode periode) {
    return periode.hasilAkhirDiterima();
  }
}
