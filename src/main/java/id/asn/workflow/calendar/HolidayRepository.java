package id.asn.workflow.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The holiday calendar as data: which years have a decree entered, and the days off of each. */
@Repository
class HolidayRepository {

  private final JdbcClient jdbc;

  HolidayRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean hasYear(int year) {
    return jdbc.sql("select count(*) from kalender_tahun where tahun = ?").param(year).query(Integer.class).single() > 0;
  }

  List<Integer> years() {
    return jdbc.sql("select tahun from kalender_tahun order by tahun").query(Integer.class).list();
  }

  Optional<String> decreeOf(int year) {
    return jdbc.sql("select dasar_hukum from kalender_tahun where tahun = ?").param(year).query(String.class).optional();
  }

  List<DayOff> daysOff(int year) {
    return jdbc.sql("""
            select tanggal, jenis, keterangan, dasar_hukum from hari_libur
            where tanggal between ? and ? order by tanggal""")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
        .query((rs, n) -> new DayOff(rs.getObject("tanggal", LocalDate.class), DayOffType.valueOf(rs.getString("jenis")),
            rs.getString("keterangan"), rs.getString("dasar_hukum")))
        .list();
  }

  void saveYear(int year, String decree) {
    int updated = jdbc.sql("update kalender_tahun set dasar_hukum = ? where tahun = ?").params(decree, year).update();
    if (updated == 0) {
      jdbc.sql("insert into kalender_tahun (tahun, dasar_hukum) values (?, ?)").params(year, decree).update();
    }
  }

  void save(DayOff day) {
    int updated = jdbc.sql("update hari_libur set jenis = ?, keterangan = ?, dasar_hukum = ? where tanggal = ?")
        .params(day.jenis().name(), day.keterangan(), day.dasarHukum(), day.tanggal()).update();
    if (updated == 0) {
      jdbc.sql("insert into hari_libur (tanggal, jenis, keterangan, dasar_hukum) values (?, ?, ?, ?)")
          .params(day.tanggal(), day.jenis().name(), day.keterangan(), day.dasarHukum()).update();
    }
  }

  boolean delete(LocalDate date) {
    return jdbc.sql("delete from hari_libur where tanggal = ?").param(date).update() > 0;
  }

  void deleteYear(int year) {
    jdbc.sql("delete from hari_libur where tanggal between ? and ?")
        .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
  }
}
