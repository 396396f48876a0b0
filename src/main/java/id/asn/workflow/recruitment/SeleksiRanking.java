package id.asn.workflow.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one ranking of recruitment, set-based in SQL (H2 2 and PostgreSQL), shared by every ranked stage of both
 * kinds: each stage replaces the period's result rows with {@code insert ... select} over window functions, so no
 * applicant list is held in memory. A stage names its candidates (with whether each sat the exam and meets the
 * thresholds), its order, its quota and what happens to a group tied across the quota; {@link #rank} does the
 * rest the same way for all.
 *
 * <p>PNS SKD (Lampiran I V.C.3): among the applicants who passed the administrative selection (the committee's
 * correction applied), per formasi, those who meet every minimum of their category's threshold rank first, by
 * total, then TKP, TIU, TWK; {@code rank()} gives applicants tied on all four the same rank, so when the rank of a
 * tied group is within the year's multiple (3 ×, {@link ScoreScale}) of the formasi's vacancies all of them go on to
 * SKB.
 *
 * <p>PNS final (V.D.4): those who passed SKD, per formasi, by the integrated score of {@link IntegrationFormula}
 * (ranked on its exact integer value, the score × its denominator), then SKD total, TKP, TIU, TWK
 * and the older applicant.
 *
 * <p>PPPK final (Lampiran II V.C.3, V.D.3): among the applicants who passed the administrative selection, per
 * formasi, those who sat the competence test and interview and meet the thresholds of the year (none for a
 * position that requires a professional certificate, V.C.3.b.1) rank first, by technical + managerial/socio-cultural
 * + interview, then technical, managerial/socio-cultural, interview and the older applicant.
 *
 * <p>In both final results the top N (vacancies) pass; a group tied on everything across the N-th place does not
 * pass automatically (it would exceed the vacancies) and is marked for the committee; the rest stay ranked as
 * replacements.
 *
 * <p>On H2 a stage runs as several statements over consecutive ranges of formasi codes (a few thousand formasi
 * each): H2 joins by index lookups only and buffers a window query's rows, so one statement over a million
 * applicants spills to disk while a range stays in memory and walks the indexes in order. Ranking is per formasi,
 * so the ranges give the same rows as one statement. PostgreSQL (hash joins, sorts in work memory) runs one range.
 */
@Repository
class SeleksiRanking {

  /** Formasi per statement on H2. */
  static final int FORMASI_PER_RANGE = 2_000;

  private static final String ADMINISTRATIVE_PASS = """
      left join seleksi_koreksi_administrasi k on k.periode_id = p.periode_id and k.nomor_peserta = p.nomor_peserta
      where p.periode_id = ? and p.kode_formasi > ? and p.kode_formasi <= ? and coalesce(k.lulus, p.memenuhi_syarat) = true""";

  /** What a ranked stage is made of; {@code candidates} binds the period and the formasi range, in that order. */
  record Stage(String target, String scoreColumns, String candidates, String order, boolean tieAcrossQuotaPasses,
      String absent, String outside) {}

  /** The PNS SKD stage: at most {@code quotaMultiple} × the formasi's vacancies go on to SKB. */
  static Stage skd(int quotaMultiple) {
    return new Stage("seleksi_hasil_skd", "twk, tiu, tkp, total",
        "select p.periode_id, p.nomor_peserta, p.kode_formasi, s.twk, s.tiu, s.tkp, s.twk + s.tiu + s.tkp as total,\n"
        + "  " + quotaMultiple + " * f.jumlah as kuota,\n" + """
          case when s.nomor_peserta is null then false else true end as hadir,
          case when s.nomor_peserta is not null
            and (a.twk is null or s.twk >= a.twk) and (a.tiu is null or s.tiu >= a.tiu)
            and (a.tkp is null or s.tkp >= a.tkp) and (a.total is null or s.twk + s.tiu + s.tkp >= a.total)
            then true else false end as memenuhi
        from seleksi_pelamar p
        join seleksi_formasi f on f.periode_id = p.periode_id and f.kode_formasi = p.kode_formasi
        join seleksi_ambang_batas a on a.periode_id = p.periode_id and a.kategori = p.kategori
        left join seleksi_nilai_skd s on s.periode_id = p.periode_id and s.nomor_peserta = p.nomor_peserta
        """ + ADMINISTRATIVE_PASS,
        "b.total desc nulls last, b.tkp desc nulls last, b.tiu desc nulls last, b.twk desc nulls last",
        true, "TIDAK_HADIR", "DI_LUAR_PERINGKAT");
  }

  /** The PNS final stage with the integration of the period's year. */
  static Stage pnsFinal(IntegrationFormula formula) {
    String ordering = formula.orderingSql("h.total", "b.nilai_skb");
    return new Stage("seleksi_hasil_akhir", "twk, tiu, tkp, total_skd, nilai_skb, nilai_akhir",
        "select h.periode_id, h.nomor_peserta, h.kode_formasi, h.twk, h.tiu, h.tkp, h.total as total_skd, b.nilai_skb,\n"
        + "  round(cast(" + ordering + " as numeric(14, 4)) / " + formula.denominator() + ", 4) as nilai_akhir,\n"
        + "  " + ordering + " as urutan, p.tanggal_lahir, f.jumlah as kuota,\n" + """
          case when b.nomor_peserta is null then false else true end as hadir,
          case when b.nomor_peserta is null then false else true end as memenuhi
        from seleksi_hasil_skd h
        join seleksi_pelamar p on p.periode_id = h.periode_id and p.nomor_peserta = h.nomor_peserta
        join seleksi_formasi f on f.periode_id = h.periode_id and f.kode_formasi = h.kode_formasi
        left join seleksi_nilai_skb b on b.periode_id = h.periode_id and b.nomor_peserta = h.nomor_peserta
        where h.periode_id = ? and h.kode_formasi > ? and h.kode_formasi <= ? and h.lulus = true""",
        "b.urutan desc nulls last, b.total_skd desc, b.tkp desc, b.tiu desc, b.twk desc, b.tanggal_lahir asc",
        false, "TIDAK_HADIR_SKB", "CADANGAN");
  }

  static final Stage PPPK_FINAL = new Stage("seleksi_hasil_akhir",
      "teknis, manajerial_sosial_kultural, wawancara, nilai_akhir", """
      select p.periode_id, p.nomor_peserta, p.kode_formasi, n.teknis, n.manajerial_sosial_kultural, n.wawancara,
        n.teknis + n.manajerial_sosial_kultural + n.wawancara as nilai_akhir, p.tanggal_lahir, f.jumlah as kuota,
        case when n.nomor_peserta is null then false else true end as hadir,
        case when n.nomor_peserta is not null
          and (a.teknis is null or n.teknis >= a.teknis)
          and (a.manajerial_sosial_kultural is null or n.manajerial_sosial_kultural >= a.manajerial_sosial_kultural)
          and (a.wawancara is null or n.wawancara >= a.wawancara)
          then true else false end as memenuhi
      from seleksi_pelamar p
      join seleksi_formasi f on f.periode_id = p.periode_id and f.kode_formasi = p.kode_formasi
      join seleksi_ambang_batas_pppk a on a.periode_id = p.periode_id and a.sertifikasi_wajib = f.sertifikasi_wajib
        and a.ambang_teknis_jabatan = coalesce(f.ambang_teknis, -1)
      left join seleksi_nilai_kompetensi n on n.periode_id = p.periode_id and n.nomor_peserta = p.nomor_peserta
      """ + ADMINISTRATIVE_PASS,
      "b.nilai_akhir desc nulls last, b.teknis desc nulls last, b.manajerial_sosial_kultural desc nulls last, "
          + "b.wawancara desc nulls last, b.tanggal_lahir asc",
      false, "TIDAK_HADIR", "CADANGAN");

  private final JdbcTemplate jdbc;
  private volatile Boolean postgres;

  SeleksiRanking(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the period's SKD result, at most {@code quotaMultiple} × the vacancies passing; returns the number ranked. */
  int rankSkd(String periodeId, Map<Kategori, SkdThreshold> thresholds, int quotaMultiple) {
    jdbc.update("delete from seleksi_ambang_batas where periode_id = ?", periodeId);
    List<Object[]> rows = new ArrayList<>();
    thresholds.forEach((kategori, t) -> rows.add(new Object[] {periodeId, kategori.name(), t.twk(), t.tiu(), t.tkp(),
        t.total()}));
    jdbc.batchUpdate("insert into seleksi_ambang_batas (periode_id, kategori, twk, tiu, tkp, total) values (?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.update("delete from seleksi_hasil_akhir where periode_id = ?", periodeId);
    return rank(skd(quotaMultiple), periodeId);
  }

  /**
   * Replaces the period's final PNS result from its SKD result and SKB scores, integrated by the year's formula;
   * returns the number ranked.
   */
  int integrate(String periodeId, IntegrationFormula formula) {
    return rank(pnsFinal(formula), periodeId);
  }

  /**
   * Replaces the period's final PPPK result from its competence and interview scores, with the thresholds given per
   * (certificate required, technical threshold of the position); returns the number ranked.
   */
  int rankPppk(String periodeId, List<PppkThreshold.Row> thresholds) {
    jdbc.update("delete from seleksi_ambang_batas_pppk where periode_id = ?", periodeId);
    jdbc.batchUpdate("""
            insert into seleksi_ambang_batas_pppk (periode_id, sertifikasi_wajib, ambang_teknis_jabatan, teknis,
              manajerial_sosial_kultural, wawancara) values (?, ?, ?, ?, ?, ?)""",
        thresholds.stream().map(t -> new Object[] {periodeId, t.sertifikasiWajib(),
            t.ambangTeknisJabatan() == null ? -1 : t.ambangTeknisJabatan(), t.threshold().teknis(),
            t.threshold().manajerialSosialKultural(), t.threshold().wawancara()}).toList());
    return rank(PPPK_FINAL, periodeId);
  }

  private int rank(Stage stage, String periodeId) {
    jdbc.update("delete from " + stage.target() + " where periode_id = ?", periodeId);
    String sql = insert(stage);
    int ranked = 0;
    for (String[] range : ranges(periodeId)) {
      ranked += jdbc.update(sql, periodeId, range[0], range[1]);
    }
    return ranked;
  }

  static String insert(Stage stage) {
    String fits = stage.tieAcrossQuotaPasses() ? "peringkat <= kuota" : "peringkat + sama - 1 <= kuota";
    String tie = stage.tieAcrossQuotaPasses() ? "" : "when not (" + fits + ") then 'SAMA_DI_BATAS' ";
    String ties = stage.tieAcrossQuotaPasses() ? "r.*"
        : "r.*, count(*) over (partition by r.kode_formasi, r.peringkat) as sama";
    return "insert into " + stage.target() + " (periode_id, nomor_peserta, kode_formasi, " + stage.scoreColumns()
        + ", memenuhi_ambang, peringkat, lulus, alasan)\n"
        + "select periode_id, nomor_peserta, kode_formasi, " + stage.scoreColumns() + ", memenuhi, peringkat,\n"
        + "  case when memenuhi and " + fits + " then true else false end,\n"
        + "  case when not hadir then '" + stage.absent() + "' when not memenuhi then 'DI_BAWAH_AMBANG_BATAS'\n"
        + "    when peringkat > kuota then '" + stage.outside() + "' " + tie + "end\n"
        + "from (select " + ties + " from (\n"
        + "  select b.*, rank() over (partition by b.kode_formasi order by b.memenuhi desc, " + stage.order()
        + ") as peringkat\n"
        + "  from (" + stage.candidates() + ") b) r) s";
  }

  /** Consecutive ranges (exclusive lower, inclusive upper) of the period's formasi codes that cover them all. */
  private List<String[]> ranges(String periodeId) {
    List<String> codes = jdbc.queryForList(
        "select kode_formasi from seleksi_formasi where periode_id = ? order by kode_formasi", String.class, periodeId);
    List<String[]> ranges = new ArrayList<>();
    if (codes.isEmpty()) {
      return ranges;
    }
    int step = isPostgres() ? codes.size() : FORMASI_PER_RANGE;
    String lower = "";
    for (int end = Math.min(step, codes.size()); ; end = Math.min(end + step, codes.size())) {
      String upper = codes.get(end - 1);
      ranges.add(new String[] {lower, upper});
      lower = upper;
      if (end == codes.size()) {
        return ranges;
      }
    }
  }

  private boolean isPostgres() {
    if (postgres == null) {
      postgres = Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
          c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")));
    }
    return postgres;
  }
}
