package id.asn.workflow.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.support.TestPostgres;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import id.asn.workflow.support.ShippedScoreScales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A national-size period (1,000,000 applicants over 50,000 formasi by default) ranked by the one SQL ranking of
 * the application, on H2 (a file database, so that the data is not held in the heap) and on PostgreSQL. Prints the
 * time of the SKD ranking and of the final integration. Run with
 * {@code ./mvnw -Pbenchmark test -Dtest=RecruitmentRankingBenchmark} (sizes: -Dseleksi.pelamar, -Dseleksi.formasi).
 */
@EnabledIfSystemProperty(named = "test", matches = ".*Benchmark.*")
class RecruitmentRankingBenchmark {

  private static final int PELAMAR = Integer.getInteger("seleksi.pelamar", 1_000_000);
  private static final int FORMASI = Integer.getInteger("seleksi.formasi", 50_000);
  private static final String PERIODE = "Nasional-2024";

  @Test
  void h2() {
    Path dir = Path.of("target", "benchmark-seleksi");
    dir.toFile().mkdirs();
    String file = dir.toAbsolutePath().resolve("h2-" + System.nanoTime()).toString();
    run("H2", data("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE", "sa"), false);
  }

  @Test
  void postgres() {
    run("PostgreSQL", data(TestPostgres.freshDatabase() + "?reWriteBatchedInserts=true", TestPostgres.user()), true);
  }

  private static DataSource data(String url, String user) {
    DriverManagerDataSource source = new DriverManagerDataSource(url, user, "");
    Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
    return source;
  }

  private static void run(String database, DataSource source, boolean postgres) {
    JdbcTemplate jdbc = new JdbcTemplate(source);
    long start = System.nanoTime();
    fill(jdbc, postgres);
    if (postgres) {
      jdbc.execute("analyze");
    }
    double fill = seconds(start);
    SeleksiRanking ranking = new SeleksiRanking(jdbc);

    long skdStart = System.nanoTime();
    int rankedSkd = ranking.rankSkd(PERIODE, thresholds2024(), ShippedScoreScales.INSTANCE.of(2024).kuotaSkb());
    double skd = seconds(skdStart);
    int passedSkd = jdbc.queryForObject("select count(*) from seleksi_hasil_skd where periode_id = ? and lulus = true",
        Integer.class, PERIODE);

    // every SKD passer but one in twenty sits the SKB
    jdbc.update("insert into seleksi_nilai_skb (periode_id, nomor_peserta, nilai_skb) select periode_id, nomor_peserta, "
        + "cast(mod(peringkat * 7919 + total, 10001) as numeric(7, 2)) / 100 from seleksi_hasil_skd "
        + "where periode_id = ? and lulus = true and mod(peringkat + total, 20) <> 0", PERIODE);
    if (postgres) {
      jdbc.execute("analyze");
    }
    long finalStart = System.nanoTime();
    int rankedFinal = ranking.integrate(PERIODE, ShippedScoreScales.INSTANCE.of(2024).integration());
    double integration = seconds(finalStart);
    int passedFinal = jdbc.queryForObject("select count(*) from seleksi_hasil_akhir where periode_id = ? and lulus = true",
        Integer.class, PERIODE);

    System.out.printf("%n[seleksi benchmark] %s: %,d pelamar, %,d formasi (filled in %.1f s)%n", database, PELAMAR, FORMASI,
        fill);
    System.out.printf("[seleksi benchmark] %s: SKD ranking %.1f s (%,d ranked, %,d go on to SKB)%n", database, skd,
        rankedSkd, passedSkd);
    System.out.printf("[seleksi benchmark] %s: final integration %.1f s (%,d ranked, %,d pass)%n%n", database,
        integration, rankedFinal, passedFinal);
    assertThat(rankedSkd).isGreaterThan(PELAMAR * 9 / 10);
    assertThat(passedFinal).isPositive();
  }

  /** The 2024 values of processes/ambang-batas-skd.dmn (KepmenPANRB 321/2024). */
  private static Map<Kategori, SkdThreshold> thresholds2024() {
    Map<Kategori, SkdThreshold> t = new EnumMap<>(Kategori.class);
    t.put(Kategori.UMUM, new SkdThreshold(65, 80, 166, null));
    t.put(Kategori.CUMLAUDE, new SkdThreshold(null, 85, null, 311));
    t.put(Kategori.DIASPORA, new SkdThreshold(null, 85, null, 311));
    t.put(Kategori.DISABILITAS, new SkdThreshold(null, 60, null, 286));
    t.put(Kategori.PAPUA, new SkdThreshold(null, 60, null, 286));
    t.put(Kategori.DAERAH_TERTINGGAL, new SkdThreshold(null, 60, null, 286));
    return t;
  }

  /** Generated in SQL, set-based: formasi of 1 to 5 vacancies, applicants spread over them, SKD scores for 97 %. */
  private static void fill(JdbcTemplate jdbc, boolean postgres) {
    String series = postgres ? "generate_series(1, %d) as s(x)" : "system_range(1, %d) as s(x)";
    String birth = postgres ? "date '1990-01-01' + cast(mod(x * 37, 5000) as integer)"
        : "dateadd(day, mod(x * 37, 5000), date '1990-01-01')";
    jdbc.update("insert into seleksi_periode (id, instansi, tahun, status, versi_data, dibuat) values (?, 'Nasional', 2024, "
        + "'SKD', 1, current_timestamp)", PERIODE);
    jdbc.update("insert into seleksi_formasi (periode_id, kode_formasi, jabatan, unit_kerja, kualifikasi_pendidikan, "
        + "jumlah, batas_usia) select '" + PERIODE + "', 'F' || x, 'Jabatan ' || x, 'Unit ' || mod(x, 500), 'S1', "
        + "1 + mod(x, 5), 35 from " + series.formatted(FORMASI));
    jdbc.update("insert into seleksi_pelamar (periode_id, nomor_peserta, nik, nama, tanggal_lahir, jenis_kelamin, "
        + "pendidikan, kode_formasi, kategori, memenuhi_syarat) select '" + PERIODE + "', 'P' || x, "
        + "cast(3300000000000000 + x as varchar(16)), 'Pelamar ' || x, " + birth + ", case when mod(x, 2) = 0 then 'L' "
        + "else 'P' end, 'S1', 'F' || (1 + mod(x * 7, " + FORMASI + ")), case mod(x, 50) when 0 then 'CUMLAUDE' "
        + "when 1 then 'DISABILITAS' when 2 then 'PAPUA' else 'UMUM' end, mod(x, 20) <> 0 from "
        + series.formatted(PELAMAR));
    jdbc.update("insert into seleksi_nilai_skd (periode_id, nomor_peserta, twk, tiu, tkp) select '" + PERIODE + "', "
        + "'P' || x, 40 + mod(cast(x as bigint) * 7919, 111), 50 + mod(cast(x as bigint) * 104729, 126), 120 + mod(cast(x as bigint) * 15485863, 106) from "
        + series.formatted(PELAMAR) + " where mod(x, 33) <> 0");
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
