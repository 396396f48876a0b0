package id.asn.workflow.appointment;

import java.time.LocalDate;

/** One candidate's appointment as it is recorded (table pengangkatan_cpns). */
public record Pengangkatan(String id, String periodeId, String nomorPeserta, String instansi, String kodeFormasi,
    int peringkat, String penggantiDari, AppointmentStatus status, LocalDate tanggalPanggilan, int tambahanHariKerja,
    LocalDate batasDokumen, String tempatLahir, String agama, String usulId, LocalDate tmtCpns, String nomorInduk,
    LocalDate tanggalNip, String golonganRuang, String nomorSkCpns, LocalDate tanggalSkCpns,
    LocalDate tanggalSkDiserahkan, LocalDate tanggalSpmt, Long gajiPokok, Long gajiCpns, Integer masaKerjaBulan,
    String hasilLatsar, String hasilKesehatan, String nomorSkPns, LocalDate tmtPns, LocalDate tanggalSumpah,
    String beritaAcaraSha256, String alasanBerhenti, String kelasPemberhentian, Integer tahunDilarangMelamar,
    LocalDate batasLaporanPenggantian) {

  /** The business key of the pengangkatanCpns instance and the row's id: {@code <periode>-<nomor peserta>}. */
  public static String idOf(String periodeId, String nomorPeserta) {
    return periodeId + "-" + nomorPeserta;
  }
}
