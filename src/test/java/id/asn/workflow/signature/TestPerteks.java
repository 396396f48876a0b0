package id.asn.workflow.signature;

import id.asn.workflow.kernel.JenisAsn;
import id.asn.workflow.signature.PertekContent.Kantor;
import id.asn.workflow.support.ShippedTimeLimits;
import java.time.LocalDate;
import java.util.List;

/** Pertek contents as the service would build them, for tests that need no database. */
final class TestPerteks {

  static final Kantor KANTOR = new Kantor("Kantor Regional I Badan Kepegawaian Negara",
      List.of("BADAN KEPEGAWAIAN NEGARA", "KANTOR REGIONAL I"), "Jalan Magelang Km 7,5 Yogyakarta", "Yogyakarta",
      "Kepala Kantor Regional I BKN");

  static final List<String> DASAR_HUKUM = List.of(
      "Undang-Undang Nomor 5 Tahun 2014 tentang Aparatur Sipil Negara",
      "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS, sebagaimana telah diubah dengan Peraturan "
          + "Pemerintah Nomor 17 Tahun 2020",
      "Peraturan Menteri PAN dan RB Nomor 27 Tahun 2021 tentang Pengadaan PNS",
      "Peraturan Badan Kepegawaian Negara Nomor 14 Tahun 2018 tentang Petunjuk Teknis Pengadaan PNS",
      "Peraturan Badan Kepegawaian Negara Nomor 31 Tahun 2020 tentang Organisasi dan Tata Kerja Kantor Regional Badan "
          + "Kepegawaian Negara");

  private TestPerteks() {}

  static PertekContent pns() {
    return new PertekContent("00042/PERTEK-NI/KR.I/III/2025", LocalDate.of(2025, 3, 24), KANTOR,
        "Pemerintah Kabupaten Batang", JenisAsn.PNS, DASAR_HUKUM, "Siti Aminah", "24110320110012", "Batang",
        LocalDate.of(1998, 5, 17), "P", "S1", "Analis Kebijakan Ahli Pertama", "Badan Perencanaan Pembangunan Daerah",
        LocalDate.of(2025, 6, 1), "III/a", "199805172025062001",
        "https://pertek.example.go.id/verifikasi/abcdefghijklmnopqrstuvwxyz",
        ShippedTimeLimits.INSTANCE.of("penetapanKeputusan").jumlah());
  }
}
