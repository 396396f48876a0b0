package id.asn.workflow.sla;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds passes to the rollups (sla_bulanan, sla_klaim_bulanan, sla_harian) in the caller's transaction: an
 * update of the existing counters, then an insert of the new keys inside a savepoint, so that two nodes
 * creating the same key at once cost a retry of the update, never the caller's transaction.
 */
@Repository
class SlaRollups {

  /** The officer of a pass nobody was assigned to, in the rollups' keys. */
  static final String NO_OFFICER = "";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate savepoint;

  SlaRollups(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  void add(List<MeasuredTask> tasks) {
    Map<List<Object>, long[]> months = new LinkedHashMap<>();
    Map<List<Object>, long[]> claims = new LinkedHashMap<>();
    Map<List<Object>, long[]> days = new LinkedHashMap<>();
    for (MeasuredTask t : tasks) {
      Date month = Date.valueOf(t.tanggal().withDayOfMonth(1));
      String officer = t.petugas() == null ? NO_OFFICER : t.petugas();
      add(months, List.of(month, t.proses(), t.kegiatan(), officer, t.durasiMs() / 1000, t.dalamStandar()),
          1, t.durasiMs());
      if (t.durasiKlaimMs() != null) {
        add(claims, List.of(month, t.proses(), t.kegiatan(), officer, t.durasiKlaimMs() / 1000), 1, t.durasiKlaimMs());
      }
      add(days, List.of(Date.valueOf(t.tanggal()), t.proses(), t.kegiatan(), officer), 1, t.dalamStandar() ? 1 : 0,
          t.durasiMs());
    }
    upsert("update sla_bulanan set jumlah = jumlah + ?, total_ms = total_ms + ? where bulan = ? and proses = ?"
            + " and kegiatan = ? and petugas = ? and detik = ? and dalam_standar = ?",
        "insert into sla_bulanan (jumlah, total_ms, bulan, proses, kegiatan, petugas, detik, dalam_standar)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)", months);
    upsert("update sla_klaim_bulanan set jumlah = jumlah + ?, total_ms = total_ms + ? where bulan = ? and proses = ?"
            + " and kegiatan = ? and petugas = ? and detik = ?",
        "insert into sla_klaim_bulanan (jumlah, total_ms, bulan, proses, kegiatan, petugas, detik)"
            + " values (?, ?, ?, ?, ?, ?, ?)", claims);
    upsert("update sla_harian set jumlah = jumlah + ?, dalam_standar = dalam_standar + ?, total_ms = total_ms + ?"
            + " where tanggal = ? and proses = ? and kegiatan = ? and petugas = ?",
        "insert into sla_harian (jumlah, dalam_standar, total_ms, tanggal, proses, kegiatan, petugas)"
            + " values (?, ?, ?, ?, ?, ?, ?)", days);
  }

  private static void add(Map<List<Object>, long[]> rows, List<Object> key, long... values) {
    long[] sums = rows.computeIfAbsent(key, k -> new long[values.length]);
    for (int i = 0; i < values.length; i++) {
      sums[i] += values[i];
    }
  }

  private void upsert(String update, String insert, Map<List<Object>, long[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    List<Object[]> args = new ArrayList<>(rows.size());
    rows.forEach((key, values) -> {
      Object[] row = new Object[values.length + key.size()];
      for (int i = 0; i < values.length; i++) {
        row[i] = values[i];
      }
      for (int i = 0; i < key.size(); i++) {
        row[values.length + i] = key.get(i);
      }
      args.add(row);
    });
    int[] updated = jdbc.batchUpdate(update, args);
    List<Object[]> missing = new ArrayList<>();
    for (int i = 0; i < updated.length; i++) {
      if (updated[i] == 0) {
        missing.add(args.get(i));
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    try {
      savepoint.executeWithoutResult(status -> jdbc.batchUpdate(insert, missing));
    } catch (DuplicateKeyException raced) {
      for (Object[] row : missing) {
        try {
          savepoint.executeWithoutResult(status -> jdbc.update(insert, row));
        } catch (DuplicateKeyException created) {
          jdbc.update(update, Arrays.copyOf(row, row.length));
        }
      }
    }
  }
}
