package id.asn.workflow.recruitment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The one ranking of the recruitment, set-based in SQL (H2 2 and PostgreSQL): each step replaces the period's
 * result rows with one {@code insert ... select} over window functions, so no applicant list is held in memory.
 *
 * <p>SKD (V.C.3): among the applicants who passed the administrative selection (the committee's correction
 * applied), per formasi, those who meet every minimum of their category's threshold rank first, by total, then
 * TKP, TIU, TWK; {@code rank()} gives applicants tied on all four the same rank, so when the rank of a tied group
 * is within 3 × the formasi's vacancies all of them go on to SKB.
 *
 * <p>Final (V.D.4): those who passed SKD, per formasi, by the integrated score 40 % SKD / 550 + 60 % SKB / 100
 * (ranked on the exact value 4000 × SKD + 33000 × SKB, which is the score × 55000), then SKD total, TKP, TIU, TWK
 * and the older applicant. The top N (vacancies) pass; a group tied on everything across the N-th place does not
 * pass automatically (it would exceed the vacancies) and is marked for the committee; the rest stay ranked as
 * replacements.
 */
@Repository
class SeleksiRanking {

  private static final String SKD = """
      insert into seleksi_hasil_skd (periode_id, nomor_peserta, kode_formasi, twk, tiu, tkp, total, memenuhi_ambang,
        peringkat, lulus, alasan)
      select periode_id, nomor_peserta, kode_formasi, twk, tiu, tkp, total, memenuhi, peringkat,
        case when memenuhi and peringkat <= kuota then true else false end,
        case when total is null then 'TIDAK_HADIR' when not memenuhi then 'DI_BAWAH_AMBANG_BATAS'
          when peringkat > kuota then 'DI_LUAR_PERINGKAT' end
      from (
        select b.*, rank() over (partition by b.kode_formasi order by b.memenuhi desc, b.total desc nulls last,
          b.tkp desc nulls last, b.tiu desc nulls last, b.twk desc nulls last) as peringkat
        from (
          select p.periode_id, p.nomor_peserta, p.kode_formasi, s.twk, s.tiu, s.tkp, s.twk + s.tiu + s.tkp as total,
            3 * f.jumlah as kuota,
            case when s.nomor_peserta is not null
              and (a.twk is null or s.twk >= a.twk) and (a.tiu is null or s.tiu >= a.tiu)
              and (a.tkp is null or s.tkp >= a.tkp) and (a.total is null or s.twk + s.tiu + s.tkp >= a.total)
              then true else false end as memenuhi
          from seleksi_pelamar p
          join seleksi_formasi f on f.periode_id = p.periode_id and f.kode_formasi = p.kode_formasi
          join seleksi_ambang_batas a on a.periode_id = p.periode_id and a.kategori = p.kategori
          left join seleksi_nilai_skd s on s.periode_id = p.periode_id and s.nomor_peserta = p.nomor_peserta
          left join seleksi_koreksi_administrasi k on k.periode_id = p.periode_id and k.nomor_peserta = p.nomor_peserta
          where p.periode_id = ? and coalesce(k.lulus, p.memenuhi_syarat) = true
        ) b
      ) r""";

  private static final String FINAL = """
      insert into seleksi_hasil_akhir (periode_id, nomor_peserta, kode_formasi, total_skd, nilai_skb, nilai_akhir,
        peringkat, lulus, alasan)
      select periode_id, nomor_peserta, kode_formasi, total, nilai_skb, nilai_akhir, peringkat,
        case when nilai_skb is not null and peringkat + sama - 1 <= jumlah then true else false end,
        case when nilai_skb is null then 'TIDAK_HADIR_SKB' when peringkat > jumlah then 'CADANGAN'
          when peringkat + sama - 1 > jumlah then 'SAMA_DI_BATAS' end
      from (
        select r.*, count(*) over (partition by r.kode_formasi, r.peringkat) as sama
        from (
          select h.periode_id, h.nomor_peserta, h.kode_formasi, h.total, b.nilai_skb, f.jumlah,
            round(cast(h.total * 4000 + b.nilai_skb * 33000 as numeric(14, 4)) / 55000, 4) as nilai_akhir,
            rank() over (partition by h.kode_formasi order by h.total * 4000 + b.nilai_skb * 33000 desc nulls last,
              h.total desc, h.tkp desc, h.tiu desc, h.twk desc, p.tanggal_lahir asc) as peringkat
          from seleksi_hasil_skd h
          join seleksi_pelamar p on p.periode_id = h.periode_id and p.nomor_peserta = h.nomor_peserta
          join seleksi_formasi f on f.periode_id = h.periode_id and f.kode_formasi = h.kode_formasi
          left join seleksi_nilai_skb b on b.periode_id = h.periode_id and b.nomor_peserta = h.nomor_peserta
          where h.periode_id = ? and h.lulus = true
        ) r
      ) s""";

  private final JdbcTemplate jdbc;

  SeleksiRanking(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the period's SKD result; returns the number of applicants ranked. */
  int rankSkd(String periodeId, Map<Kategori, SkdThreshold> thresholds) {
    jdbc.update("delete from seleksi_ambang_batas where periode_id = ?", periodeId);
    List<Object[]> rows = new ArrayList<>();
    thresholds.forEach((kategori, t) -> rows.add(new Object[] {periodeId, kategori.name(), t.twk(), t.tiu(), t.tkp(),
        t.total()}));
    jdbc.batchUpdate("insert into seleksi_ambang_batas (periode_id, kategori, twk, tiu, tkp, total) values (?, ?, ?, ?, ?, ?)",
        rows);
    jdbc.update("delete from seleksi_hasil_akhir where periode_id = ?", periodeId);
    jdbc.update("delete from seleksi_hasil_skd where periode_id = ?", periodeId);
    return jdbc.update(SKD, periodeId);
  }

  /** Replaces the period's final result from its SKD result and SKB scores; returns the number ranked. */
  int integrate(String periodeId) {
    jdbc.update("delete from seleksi_hasil_akhir where periode_id = ?", periodeId);
    return jdbc.update(FINAL, periodeId);
  }
}
