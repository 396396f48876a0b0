package id.asn.workflow.appointment;

import id.asn.workflow.recruitment.BarredApplicants;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The CPNS who resigned during probation, by NIK, barred from applying in the year (VI.B.8). */
@Component
class ProbationResignationBar implements BarredApplicants {

  private final JdbcClient jdbc;

  ProbationResignationBar(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, String> barredIn(int tahun) {
    Map<String, String> barred = new LinkedHashMap<>();
    jdbc.sql("""
            select s.nik, a.periode_id from pengangkatan a join seleksi_pelamar s
              on s.periode_id = a.periode_id and s.nomor_peserta = a.nomor_peserta
            where ? between a.tahun_dilarang_melamar and a.tahun_dilarang_melamar_sampai order by a.id""")
        .param(tahun).query((rs, row) -> Map.entry(rs.getString("nik"), rs.getString("periode_id"))).list()
        .forEach(row -> barred.putIfAbsent(row.getKey(), "mengundurkan diri sebagai CPNS dalam masa percobaan "
            + "(pengangkatan periode " + row.getValue() + "): tidak boleh melamar seleksi PNS tahun anggaran " + tahun
            + " (VI.B.8)"));
    return barred;
  }
}
