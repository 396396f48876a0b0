package id.asn.workflow.engine;

/** Ids of processes, tasks, messages and variables that code and tests refer to: one place, no generated ids. */
public final class ProcessIds {

  private ProcessIds() {}

  public static final class Pertek {
    public static final String PROCESS = "pertekNiCasn";
    public static final String TASK_VERIFIKASI = "verifikasiUsul";
    public static final String TASK_TANDA_TANGAN = "tandaTanganPertek";
    public static final String MESSAGE_PERBAIKAN = "perbaikanUsulNi";
    public static final String DECISION_GOLONGAN_RUANG = "golonganRuang";

    public static final String STEP_PEMERIKSAAN_AWAL = "ServiceTask_PemeriksaanAwal";
    public static final String STEP_TETAPKAN_NOMOR = "ServiceTask_TetapkanNomorInduk";
    public static final String STEP_TANDA_TANGANI = "ServiceTask_TandaTanganiDanKirim";
    public static final String STEP_MINTA_PERBAIKAN = "ServiceTask_MintaPerbaikan";
    public static final String STEP_TOLAK = "ServiceTask_TolakUsul";
    public static final String STEP_KEDALUWARSA = "ServiceTask_TandaiKedaluwarsa";
    public static final String TIMER_BATAS_VERIFIKASI = "BoundaryEvent_BatasWaktuVerifikasi";
    public static final String TIMER_BATAS_TANDA_TANGAN = "BoundaryEvent_BatasWaktuTandaTangan";
    public static final String TIMER_BATAS_PERBAIKAN = "TimerEvent_BatasPerbaikan";
    public static final String WAIT_PERBAIKAN = "Gateway_MenungguPerbaikan";
    public static final String EVENT_PERBAIKAN_DITERIMA = "MessageEvent_PerbaikanDiterima";
    public static final String END_PERTEK_TERBIT = "EndEvent_PertekTerbit";
    public static final String END_DITOLAK = "EndEvent_UsulDitolak";
    public static final String END_KEDALUWARSA = "EndEvent_UsulKedaluwarsa";
    public static final String END_PELANGGARAN_VERIFIKASI = "EndEvent_PelanggaranVerifikasiTercatat";
    public static final String END_PELANGGARAN_TANDA_TANGAN = "EndEvent_PelanggaranTandaTanganTercatat";

    public static final String VAR_USUL_ID = "usulId";
    public static final String VAR_JENIS_ASN = "jenisAsn";
    public static final String VAR_HASIL_VERIFIKASI = "hasilVerifikasi";
    public static final String VAR_ALASAN_VERIFIKASI = "alasanVerifikasi";
    public static final String VAR_KEPUTUSAN = "keputusanPenandatanganan";
    public static final String VAR_CATATAN = "catatanPenandatanganan";
    public static final String VAR_RINGKASAN_USUL = "ringkasanUsul";
    public static final String VAR_RINGKASAN_PERTEK = "ringkasanPertek";
    public static final String VAR_JUMLAH_TEMUAN = "jumlahTemuan";
    public static final String VAR_GOLONGAN_RUANG = "golonganRuang";
    public static final String VAR_NOMOR_INDUK = "nomorInduk";
    public static final String VAR_BATAS_PERBAIKAN = "batasPerbaikan";
    public static final String VAR_KEGIATAN = "kegiatan";
    /** Who completed the last verifikasiUsul / tandaTanganPertek, taken from the request, never from the form. */
    public static final String VAR_VERIFIKATOR = "verifikator";
    public static final String VAR_PENANDATANGAN = "penandatangan";

    private Pertek() {}
  }

  /** pengangkatanCpns: one instance per candidate who passed (business key = appointment id, {@code <periode>-<nomor peserta>}). */
  public static final class Pengangkatan {
    public static final String PROCESS = "pengangkatanCpns";
    public static final String DECISION_LAFAL_SUMPAH = "lafalSumpah";
    public static final String DECISION_ISI_SUMPAH = "isiSumpahPns";

    public static final String MESSAGE_DOKUMEN = "dokumenPengangkatanDiserahkan";
    public static final String MESSAGE_TAMBAHAN_WAKTU = "tambahanWaktuDokumen";
    public static final String MESSAGE_HASIL_USUL = "hasilUsulNip";
    public static final String MESSAGE_KANDIDAT_MUNDUR = "kandidatMundur";

    public static final String TASK_PERIKSA_KELENGKAPAN = "periksaKelengkapan";
    public static final String TASK_PERBAIKAN_USUL = "perbaikanUsulNip";
    public static final String TASK_SK_CPNS = "tetapkanSkCpns";
    public static final String TASK_PENYERAHAN_SK = "serahkanSkCpns";
    public static final String TASK_SPMT = "terbitkanSpmt";
    public static final String TASK_HASIL_PERCOBAAN = "catatHasilPercobaan";
    public static final String TASK_SK_PNS = "tetapkanSkPns";
    public static final String TASK_SUMPAH = "pengambilanSumpah";

    public static final String STEP_PANGGIL = "ServiceTask_PanggilKandidat";
    public static final String STEP_GESER_BATAS = "ServiceTask_GeserBatasDokumen";
    public static final String STEP_DIANGGAP_TMS = "ServiceTask_DianggapTidakMemenuhiSyarat";
    public static final String STEP_KIRIM_USUL = "ServiceTask_KirimUsulNip";
    public static final String STEP_CATAT_NIP = "ServiceTask_CatatNip";
    public static final String STEP_GOLONGAN_RUANG = "BusinessRuleTask_GolonganRuang";
    public static final String STEP_USUL_DITOLAK = "ServiceTask_CatatUsulDitolak";
    public static final String STEP_BERHENTIKAN_TIDAK_LULUS = "ServiceTask_BerhentikanTidakLulus";
    public static final String STEP_PANGGIL_PENGGANTI = "ServiceTask_PanggilPengganti";
    public static final String STEP_BATALKAN_NIP = "ServiceTask_BatalkanNip";
    public static final String STEP_BERHENTIKAN = "ServiceTask_BerhentikanCpns";
    public static final String TIMER_BATAS_DOKUMEN = "TimerEvent_BatasDokumen";
    public static final String TIMER_MASA_PERCOBAAN = "TimerEvent_MasaPercobaanSelesai";
    public static final String WAIT_DOKUMEN = "Gateway_MenungguDokumen";
    public static final String EVENT_DOKUMEN = "MessageEvent_DokumenDiserahkan";
    public static final String EVENT_TAMBAHAN_WAKTU = "MessageEvent_TambahanWaktu";
    public static final String EVENT_HASIL_USUL = "MessageEvent_HasilUsulNip";
    public static final String EVENT_HASIL_SAAT_PERBAIKAN = "BoundaryEvent_HasilUsulSaatPerbaikan";
    public static final String EVENT_KANDIDAT_MUNDUR = "StartEvent_KandidatMundur";
    public static final String END_SUMPAH = "EndEvent_SumpahDiucapkan";
    public static final String END_DIANGGAP_TMS = "EndEvent_DianggapTidakMemenuhiSyarat";
    public static final String END_BERKAS_DIKEMBALIKAN = "EndEvent_BerkasDikembalikan";
    public static final String END_USUL_DITOLAK = "EndEvent_UsulNipDitolak";
    public static final String END_TIDAK_LULUS = "EndEvent_DiberhentikanSetelahPercobaan";
    public static final String END_DIGANTI = "EndEvent_Diganti";
    public static final String END_NIP_DIBATALKAN = "EndEvent_NipDibatalkan";
    public static final String END_DIBERHENTIKAN = "EndEvent_CpnsDiberhentikan";

    /**
     * pengangkatanPppk (calon PPPK → PPPK): the same business key, messages, variables and, for the steps both kinds
     * share, the same element ids as pengangkatanCpns; these are its own.
     */
    public static final String PROCESS_PPPK = "pengangkatanPppk";
    public static final String TASK_SK_CALON_PPPK = "tetapkanSkCalonPppk";
    public static final String TASK_PERJANJIAN_KERJA = "tetapkanPerjanjianKerjaPppk";
    public static final String TASK_KIRIM_BKN = "kirimDokumenPppkKeBkn";
    public static final String TASK_SUMPAH_JABATAN = "pelantikanSumpahJabatanPppk";
    public static final String WAIT_HASIL_USUL_PPPK = "ReceiveTask_HasilUsulNiPppk";
    public static final String TIMER_BATAS_NOMOR_INDUK = "BoundaryEvent_BatasNomorInduk";
    public static final String STEP_NOMOR_INDUK_TERLAMBAT = "ServiceTask_CatatNomorIndukTerlambat";
    public static final String STEP_CATAT_BTS = "ServiceTask_CatatUsulBts";
    public static final String TIMER_BATAS_PERBAIKAN = "BoundaryEvent_BatasPerbaikanUsul";
    public static final String STEP_TANPA_NOMOR_INDUK = "ServiceTask_TanpaNomorInduk";
    public static final String GATEWAY_JPT = "Gateway_JabatanJpt";
    public static final String END_NOMOR_INDUK_TERLAMBAT = "EndEvent_KeterlambatanDicatat";
    public static final String END_TANPA_NOMOR_INDUK = "EndEvent_TanpaNomorInduk";
    public static final String END_PPPK = "EndEvent_PppkDiangkat";
    public static final String END_SUMPAH_JABATAN = "EndEvent_SumpahJabatanDiucapkan";

    public static final String VAR_PENGANGKATAN_ID = "pengangkatanId";
    /** The candidate group of the instansi's tasks, e.g. instansiKabBatang. */
    public static final String VAR_KELOMPOK_INSTANSI = "kelompokInstansi";
    /** The Kanreg's outcome of the usul: MS | BTS | TMS | KEDALUWARSA, with its reason and, for MS, the NIP. */
    public static final String VAR_HASIL_USUL = "hasilUsul";
    public static final String VAR_ALASAN_USUL = "alasanUsul";
    public static final String VAR_NOMOR_INDUK = "nomorInduk";
    public static final String VAR_AKIBAT_BERHENTI = "akibatBerhenti";
    /** Who completed the last task, taken from the request, never from the form. */
    public static final String VAR_PETUGAS = "petugas";

    private Pengangkatan() {}
  }

  /** penyusunanKebutuhanAsn: one instance per instansi and planning year (business key {@code <instansi>-<tahun>}). */
  public static final class Kebutuhan {
    public static final String PROCESS = "penyusunanKebutuhanAsn";
    public static final String DECISION_BATAS_USIA_PENSIUN = "batasUsiaPensiun";
    public static final String MESSAGE_PERUBAHAN_ANGGARAN = "perubahanRencanaAnggaran";

    public static final String TASK_ANALISIS_JABATAN = "analisisJabatan";
    public static final String TASK_ANALISIS_BEBAN_KERJA = "analisisBebanKerja";
    public static final String TASK_PETA_JABATAN = "petaJabatan";
    public static final String TASK_USUL_KEBUTUHAN = "usulKebutuhan";
    public static final String TASK_PENYAMPAIAN = "penyampaianUsul";
    public static final String TASK_PERBAIKAN = "perbaikanUsulKebutuhan";
    public static final String TASK_ANALISIS_KEBUTUHAN = "analisisKebutuhan";
    public static final String TASK_PERTIMBANGAN_TEKNIS = "pertimbanganTeknis";

    public static final String STEP_HITUNG_TENGGAT = "ServiceTask_HitungTenggat";
    public static final String STEP_KIRIM_PERINGATAN = "ServiceTask_KirimPeringatan";
    public static final String STEP_TANDAI_TERLAMBAT = "ServiceTask_TandaiTerlambat";
    public static final String STEP_GESER_TENGGAT = "ServiceTask_GeserTenggat";
    public static final String STEP_CATAT_PENYAMPAIAN = "ServiceTask_CatatPenyampaian";
    public static final String STEP_KEMBALIKAN = "ServiceTask_KembalikanUsul";
    public static final String STEP_TERBITKAN = "ServiceTask_TerbitkanPertimbangan";
    public static final String STEP_TAHAP_INSTANSI = "SubProcess_TahapInstansi";
    public static final String TIMER_PERINGATAN = "TimerEvent_Peringatan";
    public static final String TIMER_BATAS = "TimerEvent_BatasPenyampaian";
    public static final String TIMER_BATAS_SETELAH_PERINGATAN = "TimerEvent_BatasSetelahPeringatan";
    public static final String WAIT_TENGGAT = "Gateway_MenungguTenggat";
    public static final String WAIT_BATAS = "Gateway_MenungguBatas";
    public static final String EVENT_PERUBAHAN_ANGGARAN = "MessageEvent_PerubahanAnggaran";
    public static final String EVENT_PERUBAHAN_ANGGARAN_SETELAH_PERINGATAN = "MessageEvent_PerubahanAnggaranSetelahPeringatan";
    public static final String EVENT_PERUBAHAN_ANGGARAN_SETELAH_TERLAMBAT = "MessageEvent_PerubahanAnggaranSetelahTerlambat";
    public static final String END_USUL_DISAMPAIKAN = "EndEvent_UsulDisampaikan";
    public static final String END_PERTIMBANGAN_TERBIT = "EndEvent_PertimbanganTerbit";

    public static final String VAR_PENYUSUNAN_ID = "penyusunanId";
    public static final String VAR_INSTANSI = "instansi";
    public static final String VAR_TAHUN = "tahun";
    /** The candidate group of the instansi's tasks, e.g. instansiKabBatang. */
    public static final String VAR_KELOMPOK_INSTANSI = "kelompokInstansi";
    public static final String VAR_BATAS_PENYAMPAIAN = "batasPenyampaian";
    public static final String VAR_WAKTU_PERINGATAN = "waktuPeringatan";
    public static final String VAR_TERLAMBAT = "terlambat";
    public static final String VAR_NOMOR_PERTIMBANGAN = "nomorPertimbangan";
    /** Who completed the last task, taken from the request, never from the form. */
    public static final String VAR_PETUGAS = "petugas";

    private Kebutuhan() {}
  }

  /** pengadaanPns: one instance per recruitment period of an instansi (business key = period id, e.g. KabBatang-2024). */
  public static final class Pengadaan {
    public static final String PROCESS = "pengadaanPns";
    public static final String DECISION_AMBANG_BATAS_SKD = "ambangBatasSkd";

    public static final String TASK_BENTUK_PANITIA = "bentukPanitia";
    public static final String TASK_TETAPKAN_JADWAL = "tetapkanJadwal";
    public static final String TASK_TERBITKAN_PENGUMUMAN = "terbitkanPengumuman";
    public static final String TASK_SELEKSI_ADMINISTRASI = "seleksiAdministrasi";
    public static final String TASK_UMUMKAN_SKD = "umumkanPelaksanaanSkd";
    public static final String TASK_HASIL_SKD = "tetapkanHasilSkd";
    public static final String TASK_UMUMKAN_SKB = "umumkanPelaksanaanSkb";
    public static final String TASK_TERIMA_HASIL_AKHIR = "terimaHasilAkhir";
    public static final String TASK_UMUMKAN_HASIL_AKHIR = "umumkanHasilAkhir";

    public static final String STEP_SERAHKAN_KANDIDAT = "ServiceTask_SerahkanKandidat";
    public static final String STEP_CATAT_KETERLAMBATAN = "ServiceTask_CatatKeterlambatanHasilAkhir";
    public static final String TIMER_PENGUMUMAN_BERAKHIR = "TimerEvent_PengumumanBerakhir";
    public static final String TIMER_PELAMARAN_DITUTUP = "TimerEvent_PelamaranDitutup";
    public static final String TIMER_SKD_SELESAI = "TimerEvent_SkdSelesai";
    public static final String TIMER_SKB_SELESAI = "TimerEvent_SkbSelesai";
    public static final String TIMER_BATAS_HASIL_AKHIR = "TimerEvent_BatasPengumumanHasilAkhir";
    public static final String END_SELESAI = "EndEvent_PengadaanSelesai";
    public static final String END_KETERLAMBATAN = "EndEvent_KeterlambatanTercatat";

    public static final String VAR_PERIODE_ID = "periodeId";
    public static final String VAR_INSTANSI = "instansi";
    public static final String VAR_TAHUN = "tahun";
    /** Who completed the last task, taken from the request, never from the form. */
    public static final String VAR_PETUGAS = "petugas";

    private Pengadaan() {}
  }

  /**
   * pengadaanPppk: one instance per PPPK recruitment period of an instansi (business key = period id, e.g.
   * KabBatang-2024-PPPK). The stages it shares with pengadaanPns keep their task keys, forms and listener.
   */
  public static final class PengadaanPppk {
    public static final String PROCESS = "pengadaanPppk";
    public static final String DECISION_AMBANG_BATAS_PPPK = "ambangBatasPppk";

    public static final String TASK_UMUMKAN_KOMPETENSI = "umumkanPelaksanaanKompetensi";
    public static final String TASK_HASIL_KOMPETENSI = "tetapkanHasilKompetensi";
    public static final String TASK_UMUMKAN_HASIL = "umumkanHasilAkhirPppk";

    public static final String STEP_SERAHKAN_KANDIDAT = "ServiceTask_SerahkanKandidatPppk";
    public static final String TIMER_KOMPETENSI_SELESAI = "TimerEvent_KompetensiSelesai";
    public static final String END_SELESAI = "EndEvent_PengadaanPppkSelesai";

    private PengadaanPppk() {}
  }
}
