package id.asn.workflow.appointment;

import id.asn.workflow.kernel.JenisAsn;
import java.time.LocalDate;

/** A candidate's appointment as a test needs it: a CPNS or PPPK of KabBatang-2025, formasi F1, with what is set. */
final class AnAppointment {

  static final String PERIODE = "KabBatang-2025";
  static final String NOMOR_PESERTA = "20250001";
  static final String ID = Pengangkatan.idOf(PERIODE, NOMOR_PESERTA);

  private final JenisAsn jenis;
  private String id = ID;
  private String nomorPeserta = NOMOR_PESERTA;
  private int peringkat = 1;
  private String penggantiDari;
  private AppointmentStatus status = AppointmentStatus.PANGGILAN;
  private LocalDate tanggalPanggilan;
  private int tambahanHariKerja;
  private LocalDate batasDokumen;
  private String tempatLahir;
  private String agama;
  private String usulId;
  private LocalDate tmtCpns;
  private String nomorInduk;
  private LocalDate tanggalNip;
  private String golonganRuang;
  private LocalDate tanggalSkCpns;
  private String hasilLatsar;
  private String alasanBerhenti;
  private Integer tahunDilarangMelamar;
  private LocalDate batasLaporanPenggantian;
  private LocalDate tanggalUsul;
  private boolean terlambatNomorInduk;
  private LocalDate tanggalSkPppk;
  private String usulKolektifId;
  private LocalDate tanggalSpmt;
  private LocalDate tanggalSkCalonPppk;

  private AnAppointment(JenisAsn jenis) {
    this.jenis = jenis;
  }

  static AnAppointment cpns() {
    return new AnAppointment(JenisAsn.PNS);
  }

  static AnAppointment pppk() {
    return new AnAppointment(JenisAsn.PPPK);
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  AnAppointment candidate(String nomorPeserta, int peringkat) {
    this.id = Pengangkatan.idOf(PERIODE, nomorPeserta);
    this.nomorPeserta = nomorPeserta;
    this.peringkat = peringkat;
    return this;
  }

  AnAppointment replacing(String id) {
    this.penggantiDari = id;
    return this;
  }

  AnAppointment status(AppointmentStatus status) {
    this.status = status;
    return this;
  }

  AnAppointment calledUp(LocalDate notice, int distanceDays) {
    this.tanggalPanggilan = notice;
    this.tambahanHariKerja = distanceDays;
    return this;
  }

  AnAppointment documentsDue(LocalDate batasDokumen) {
    this.batasDokumen = batasDokumen;
    return this;
  }

  AnAppointment usulData(String tempatLahir, String agama, LocalDate tmt) {
    this.tempatLahir = tempatLahir;
    this.agama = agama;
    this.tmtCpns = tmt;
    return this;
  }

  AnAppointment proposed(String usulId, LocalDate tanggalUsul) {
    this.usulId = usulId;
    this.tanggalUsul = tanggalUsul;
    return this;
  }

  AnAppointment numberLate() {
    this.terlambatNomorInduk = true;
    return this;
  }

  AnAppointment number(String nomorInduk, LocalDate received) {
    this.nomorInduk = nomorInduk;
    this.tanggalNip = received;
    return this;
  }

  AnAppointment cpnsDecree(LocalDate tanggal) {
    this.tanggalSkCpns = tanggal;
    return this;
  }

  AnAppointment rank(String golonganRuang) {
    this.golonganRuang = golonganRuang;
    return this;
  }

  AnAppointment latsar(String hasil) {
    this.hasilLatsar = hasil;
    return this;
  }

  AnAppointment pppkDecree(LocalDate tanggal) {
    this.tanggalSkPppk = tanggal;
    return this;
  }

  AnAppointment left(String alasan, Integer tahunDilarangMelamar, LocalDate batasLaporanPenggantian) {
    this.alasanBerhenti = alasan;
    this.tahunDilarangMelamar = tahunDilarangMelamar;
    this.batasLaporanPenggantian = batasLaporanPenggantian;
    return this;
  }

  AnAppointment calonPppkDecree(LocalDate tanggal) {
    this.tanggalSkCalonPppk = tanggal;
    return this;
  }

  AnAppointment spmt(LocalDate tanggal) {
    this.tanggalSpmt = tanggal;
    return this;
  }

  AnAppointment collective(String usulKolektifId) {
    this.usulKolektifId = usulKolektifId;
    return this;
  }

  Pengangkatan build() {
    return new Pengangkatan(id, jenis, PERIODE, nomorPeserta, "KabBatang", "F1", peringkat, penggantiDari, status,
        tanggalPanggilan, tambahanHariKerja, batasDokumen, tempatLahir, agama, usulId, tmtCpns, nomorInduk,
        tanggalNip, golonganRuang, null, tanggalSkCpns, null, tanggalSpmt, null, null, null, hasilLatsar, null, null, null,
        null, null, alasanBerhenti, null, tahunDilarangMelamar,
        tahunDilarangMelamar, batasLaporanPenggantian, null, tanggalSkCalonPppk, tanggalUsul,
        terlambatNomorInduk, null, null, null, tanggalSkPppk, null, usulKolektifId);
  }
}
