package id.asn.workflow.appointment;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;

/**
 * One candidate's appointment as it is recorded (table pengangkatan): as CPNS then PNS ({@code jenis} PNS,
 * pengangkatanCpns) or as calon PPPK then PPPK ({@code jenis} PPPK, pengangkatanPppk). For PPPK, {@code tmtCpns}
 * is the TMT the usul NI proposes: the start of the first work agreement. {@code usulKolektifId} is the collective
 * proposal its usul is sent with.
 */
public record Pengangkatan(String id, JenisAsn jenis, String periodeId, String nomorPeserta, String instansi,
    String kodeFormasi,
    int peringkat, String penggantiDari, AppointmentStatus status, LocalDate tanggalPanggilan, int tambahanHariKerja,
    LocalDate batasDokumen, String tempatLahir, String agama, String usulId, LocalDate tmtCpns, String nomorInduk,
    LocalDate tanggalNip, String golonganRuang, String nomorSkCpns, LocalDate tanggalSkCpns,
    LocalDate tanggalSkDiserahkan, LocalDate tanggalSpmt, Long gajiPokok, Long gajiCpns, Integer masaKerjaBulan,
    String hasilLatsar, String hasilKesehatan, String nomorSkPns, LocalDate tmtPns, LocalDate tanggalSumpah,
    String beritaAcaraSha256, String alasanBerhenti, String kelasPemberhentian, Integer tahunDilarangMelamar,
    Integer tahunDilarangMelamarSampai, LocalDate batasLaporanPenggantian, String nomorSkCalonPppk, LocalDate tanggalSkCalonPppk, LocalDate tanggalUsul,
    boolean terlambatNomorInduk, String nomorPerjanjianKerja, LocalDate tanggalPerjanjianKerja, String nomorSkPppk,
    LocalDate tanggalSkPppk, LocalDate tanggalKirimBkn, String usulKolektifId) {

  public boolean isPppk() {
    return jenis == JenisAsn.PPPK;
  }

  /** What the appointment's number is called: NIP for a CPNS, NI PPPK for a PPPK. */
  public String numberName() {
    return isPppk() ? "NI PPPK" : "NIP";
  }

  /** The business key of the pengangkatanCpns or pengangkatanPppk instance and the row's id: {@code <periode>-<nomor peserta>}. */
  public static String idOf(String periodeId, String nomorPeserta) {
    return periodeId + "-" + nomorPeserta;
  }
}
