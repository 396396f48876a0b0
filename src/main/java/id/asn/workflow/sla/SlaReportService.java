package id.asn.workflow.sla;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.sla.SlaReport.Pelanggaran;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the SLA report from grouped queries: durations and claim durations by officer and whole second (whole
 * months from the monthly rollups, the days at either end of the period from {@code sla_tugas}), passes by day
 * (from {@code sla_harian}), the latest breaches (from {@code sla_tugas} through its breach index) and the
 * engine's open tasks (ACT_HI_TASKINST with no end time, a small set found through Camunda's END_TIME_ index).
 * A year of a million passes thus reads some ten thousand rollup rows, not a million rows. The arithmetic is
 * {@link SlaReportBuilder}'s.
 */
@Service
class SlaReportService {

  public static final int DEFAULT_BREACH_LIMIT = 200;

  private final JdbcClient jdbc;
  private final SlaStandardRepository standards;
  private final CalendarService calendar;

  SlaReportService(JdbcClient jdbc, SlaStandardRepository standards, CalendarService calendar) {
    this.jdbc = jdbc;
    this.standards = standards;
    this.calendar = calendar;
  }

  public SlaReport report(SlaQuery query, Instant now, int breachLimit) {
    List<SlaStandard> all = standards.all();
    SlaReportBuilder builder = new SlaReportBuilder(query, now, all);
    Filter filter = new Filter(query);
    durations(builder, filter, query);
    passesByDay(builder, filter, query);
    completedBreaches(builder, filter, query, breachLimit);
    addOpenTasks(builder, query, all);
    return builder.build(breachLimit);
  }

  private void durations(SlaReportBuilder builder, Filter filter, SlaQuery query) {
    SlaPeriod period = SlaPeriod.split(query.dari(), query.sampai());
    if (query.instansi() == null && period.hasWholeMonths()) {
      durationsFromRollups(builder, filter, period);
      for (LocalDate[] edge : period.edges()) {
        durationsFromPasses(builder, filter, edge[0], edge[1]);
      }
    } else {
      // the rollups know no instansi: an instansi's figures come pass by pass
      durationsFromPasses(builder, filter, query.dari(), query.sampai());
    }
  }

  /** Passes and passes within the standard by day: from the daily rollup, or pass by pass for an instansi. */
  private void passesByDay(SlaReportBuilder builder, Filter filter, SlaQuery query) {
    String sql = query.instansi() == null ? """
        select tanggal, proses, kegiatan, sum(jumlah), sum(dalam_standar), sum(total_ms)
        from sla_harian where tanggal between :dari and :sampai""" : """
        select tanggal, proses, kegiatan, count(*), sum(case when dalam_standar then 1 else 0 end), sum(durasi_ms)
        from sla_tugas where tanggal between :dari and :sampai""";
    filter.apply(jdbc.sql(sql + filter.sql + " group by tanggal, proses, kegiatan"), query.dari(), query.sampai())
        .query(rs -> {
          builder.addDay(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getLong(4),
              rs.getLong(5), rs.getLong(6));
        });
  }

  /** The latest completed tasks that broke their standard, newest first. */
  private void completedBreaches(SlaReportBuilder builder, Filter filter, SlaQuery query, int breachLimit) {
    filter.apply(jdbc.sql("""
            select task_id, proses, kegiatan, usul_id, instansi, petugas, dibuat, diklaim, selesai, batas, durasi_ms
            from sla_tugas where dalam_standar = false and tanggal between :dari and :sampai""" + filter.sql
            + " order by tanggal desc, selesai desc fetch first :batas rows only"), query.dari(), query.sampai())
        .param("batas", breachLimit)
        .query(rs -> {
          Instant selesai = SlaLedger.instant(rs, 9);
          Instant batas = SlaLedger.instant(rs, 10);
          builder.addCompletedBreach(new Pelanggaran(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), rs.getString(6), SlaLedger.instant(rs, 7), SlaLedger.instant(rs, 8),
              selesai, batas, rs.getLong(11) / 1000, Math.max(0, selesai.getEpochSecond() - batas.getEpochSecond()),
              false));
        });
  }

  /** Whole months: durations and claim durations by officer and second from the monthly rollups. */
  private void durationsFromRollups(SlaReportBuilder builder, Filter filter, SlaPeriod period) {
    filter.withoutInstansi(jdbc.sql("""
            select proses, kegiatan, petugas, detik, dalam_standar, sum(jumlah), sum(total_ms)
            from sla_bulanan where bulan between :dari and :sampai""" + filter.sqlWithoutInstansi
            + " group by proses, kegiatan, petugas, detik, dalam_standar"), period.firstMonth(), period.lastMonth())
        .query(rs -> {
          builder.addDurations(rs.getString(1), rs.getString(2), officer(rs.getString(3)), rs.getLong(4),
              rs.getBoolean(5), rs.getLong(6), rs.getLong(7));
        });
    filter.withoutInstansi(jdbc.sql("""
            select proses, kegiatan, detik, sum(jumlah), sum(total_ms)
            from sla_klaim_bulanan where bulan between :dari and :sampai""" + filter.sqlWithoutInstansi
            + " group by proses, kegiatan, detik"), period.firstMonth(), period.lastMonth())
        .query(rs -> {
          builder.addClaims(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        });
  }

  /** Days outside whole months, or any period filtered by instansi: pass by pass from sla_tugas. */
  private void durationsFromPasses(SlaReportBuilder builder, Filter filter, LocalDate from, LocalDate to) {
    filter.apply(jdbc.sql("""
            select proses, kegiatan, petugas, durasi_ms / 1000, dalam_standar, count(*), sum(durasi_ms)
            from sla_tugas where tanggal between :dari and :sampai""" + filter.sql
            + " group by proses, kegiatan, petugas, durasi_ms / 1000, dalam_standar"), from, to)
        .query(rs -> {
          builder.addDurations(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getBoolean(5),
              rs.getLong(6), rs.getLong(7));
        });
    filter.apply(jdbc.sql("""
            select proses, kegiatan, durasi_klaim_ms / 1000, count(*), sum(durasi_klaim_ms)
            from sla_tugas where tanggal between :dari and :sampai and durasi_klaim_ms is not null""" + filter.sql
            + " group by proses, kegiatan, durasi_klaim_ms / 1000"), from, to)
        .query(rs -> {
          builder.addClaims(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        });
  }

  private static String officer(String rollupOfficer) {
    return SlaRollups.NO_OFFICER.equals(rollupOfficer) ? null : rollupOfficer;
  }

  /** The engine's open tasks of the processes that have a standard, with the deadline each is held to. */
  private void addOpenTasks(SlaReportBuilder builder, SlaQuery query, List<SlaStandard> all) {
    if (all.isEmpty()) {
      return;
    }
    Map<String, SlaStandard> byKey = new HashMap<>();
    all.forEach(s -> byKey.put(s.proses() + "/" + s.kegiatan(), s));
    // the working-day calendar is read only when a standard counts in working days
    WorkingDayCalendar[] cal = {null};
    openTasks(query, all).query(rs -> {
      SlaStandard standard = byKey.get(rs.getString(2) + "/" + rs.getString(3));
      if (standard == null) {
        return;
      }
      if (!standard.inSeconds() && cal[0] == null) {
        cal[0] = calendar.calendar();
      }
      Instant dibuat = SlaLedger.instant(rs, 7);
      builder.addOpenTask(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
          rs.getString(6), dibuat, SlaLedger.instant(rs, 8), standard.batas(dibuat, cal[0]));
    });
  }

  /** ACT_HI_TASKINST rows with no end time, filtered as the query asks, with the usul's instansi. */
  private JdbcClient.StatementSpec openTasks(SlaQuery query, List<SlaStandard> all) {
    StringBuilder where = new StringBuilder();
    if (query.kegiatan() != null) {
      where.append(" and t.task_def_key_ = :kegiatan");
    }
    if (query.petugas() != null) {
      where.append(" and t.assignee_ = :petugas");
    }
    if (query.instansi() != null) {
      where.append(" and u.instansi = :instansi");
    }
    JdbcClient.StatementSpec spec = jdbc.sql("""
        select t.id_, t.proc_def_key_, t.task_def_key_, p.business_key_, u.instansi, t.assignee_, t.start_time_,
        """ + SlaLedger.LAST_CLAIM + "\n" + """
        from act_hi_taskinst t
        left join act_hi_procinst p on p.proc_inst_id_ = t.proc_inst_id_
        left join usul_ni u on u.id = p.business_key_
        where t.end_time_ is null and t.proc_def_key_ in (:proses)""" + where);
    spec = spec.param("proses", all.stream().map(SlaStandard::proses).distinct().toList());
    if (query.kegiatan() != null) {
      spec = spec.param("kegiatan", query.kegiatan());
    }
    if (query.petugas() != null) {
      spec = spec.param("petugas", query.petugas());
    }
    if (query.instansi() != null) {
      spec = spec.param("instansi", query.instansi());
    }
    return spec;
  }

  /** The optional filters, as SQL and as named parameters; the rollups have no instansi column. */
  private static final class Filter {
    final SlaQuery query;
    final String sql;
    final String sqlWithoutInstansi;

    Filter(SlaQuery query) {
      this.query = query;
      StringBuilder where = new StringBuilder();
      if (query.kegiatan() != null) {
        where.append(" and kegiatan = :kegiatan");
      }
      if (query.petugas() != null) {
        where.append(" and petugas = :petugas");
      }
      this.sqlWithoutInstansi = where.toString();
      if (query.instansi() != null) {
        where.append(" and instansi = :instansi");
      }
      this.sql = where.toString();
    }

    JdbcClient.StatementSpec apply(JdbcClient.StatementSpec spec, LocalDate from, LocalDate to) {
      spec = withoutInstansi(spec, from, to);
      return query.instansi() == null ? spec : spec.param("instansi", query.instansi());
    }

    JdbcClient.StatementSpec withoutInstansi(JdbcClient.StatementSpec spec, LocalDate from, LocalDate to) {
      spec = spec.param("dari", Date.valueOf(from)).param("sampai", Date.valueOf(to));
      if (query.kegiatan() != null) {
        spec = spec.param("kegiatan", query.kegiatan());
      }
      if (query.petugas() != null) {
        spec = spec.param("petugas", query.petugas());
      }
      return spec;
    }
  }
}
