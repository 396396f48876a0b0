package id.asn.workflow.workforce;

import java.time.Instant;
import java.time.LocalDate;

/** A planning as the API shows it. */
record PlanningView(String id, String instansi, String namaInstansi, JenisInstansi jenisInstansi, int tahun,
    int tahunKebutuhan, LocalDate tanggalData, PlanningStatus status, String tahap, LocalDate batasPenyampaian,
    LocalDate tanggalPeringatan, boolean perubahanAnggaran, boolean terlambat, Instant disampaikan,
    String alasanPengembalian, PlanningSummaries.Counts jumlah, Pertimbangan pertimbanganTeknis, Links tautan) {

  public record Pertimbangan(String nomor, LocalDate tanggal, String url) {}

  public record Links(String petaJabatan, String usul, String riwayat) {}

  static PlanningView of(Planning p, PlanningSummaries.Counts counts) {
    String base = "/api/kebutuhan/" + p.tahun();
    String who = "?instansi=" + p.instansi();
    return new PlanningView(p.id(), p.instansi(), p.namaInstansi(), p.jenisInstansi(), p.tahun(), p.tahunKebutuhan(),
        p.tanggalData(), p.status(), p.status().label(), p.batasPenyampaian(), p.tanggalPeringatan(), p.perubahanAnggaran(),
        p.terlambat(), p.disampaikan(), p.alasanPengembalian(), counts,
        p.nomorPertimbangan() == null ? null : new Pertimbangan(p.nomorPertimbangan(), p.tanggalPertimbangan(),
            base + "/pertimbangan-teknis.pdf" + who),
        new Links(base + "/peta-jabatan" + who, base + "/usul" + who, base + "/riwayat" + who));
  }
}
