package id.asn.workflow.workforce;

import id.asn.workflow.web.MarkdownText;
import id.asn.workflow.web.UploadPage;
import java.util.List;
import java.util.Map;

/**
 * What the planners and analysts read in their Tasklist forms, as Markdown rendered by the form's text
 * field: where the planning stands, what is still missing, the proposal and the technical-consideration
 * variables, with links to the job map and proposal exports (they open with the Tasklist session).
 */
final class PlanningSummaries {

  private PlanningSummaries() {}

  /** Counts of a planning's imported data. */
  public record Counts(int unit, int jabatan, int tugas, int pegawai) {}

  public static String overview(Planning p, Counts counts, JobMap map, List<String> gaps) {
    StringBuilder md = new StringBuilder();
    md.append("### Penyusunan Kebutuhan ASN ").append(p.tahun()).append(": ").append(MarkdownText.escape(p.namaInstansi())).append("\n\n");
    md.append("- **Tahap:** ").append(p.status().label()).append("\n");
    md.append("- **Data per:** ").append(Angka.tanggal(p.tanggalData())).append("; kebutuhan untuk tahun ")
        .append(p.tahunKebutuhan()).append("\n");
    md.append("- **Batas penyampaian:** ").append(Angka.tanggal(p.batasPenyampaian()))
        .append(p.perubahanAnggaran() ? " (diperpanjang karena perubahan rencana anggaran)" : "")
        .append("; peringatan mulai ").append(Angka.tanggal(p.tanggalPeringatan())).append("\n");
    if (p.terlambat()) {
      md.append("- ⚠ **Batas penyampaian sudah lewat: usul tercatat terlambat.**\n");
    }
    if (p.alasanPengembalian() != null && p.status() == PlanningStatus.PERBAIKAN) {
      md.append("- ⚠ **Dikembalikan BKN:** ").append(MarkdownText.escape(p.alasanPengembalian())).append("\n");
    }
    md.append("\n#### Data\n\n");
    md.append("- Unit organisasi: ").append(counts.unit()).append(" · jabatan: ").append(counts.jabatan())
        .append(" · uraian tugas: ").append(counts.tugas()).append(" · pegawai: ").append(counts.pegawai()).append("\n");
    md.append("- Beban kerja seluruh jabatan: ").append(Angka.of(map.total().bebanKerjaJam())).append(" jam setahun → kebutuhan ")
        .append(map.total().kebutuhanPegawai()).append(" pegawai (").append(Angka.of(map.jamKerjaEfektif()))
        .append(" jam kerja efektif setahun); ada ").append(map.total().pegawaiAda()).append("; selisih ")
        .append(signed(map.total().selisih())).append("\n");
    md.append("\n#### Yang belum lengkap\n\n");
    if (gaps.isEmpty()) {
      md.append("- (tidak ada)\n");
    }
    gaps.forEach(g -> md.append("- ").append(MarkdownText.escape(g)).append("\n"));
    links(md, p);
    md.append("\nPerbarui data dengan mengunggah CSV (UTF-8, dipisah koma, baris judul; tab baru): ").append(String.join(
        " · ", java.util.Arrays.stream(ImportKind.values()).map(kind -> UploadPage.link(kind.label(), "/api/kebutuhan/"
            + p.tahun() + "/" + kind.path())).toList())).append(".\n");
    return md.toString();
  }

  public static String proposal(Planning p, NeedsProposal proposal) {
    StringBuilder md = new StringBuilder();
    md.append("### Usul kebutuhan ASN ").append(MarkdownText.escape(p.namaInstansi())).append(" (").append(p.jenisInstansi().label())
        .append(")\n\n");
    md.append("- **Tahun penyusunan:** ").append(p.tahun()).append(", kebutuhan tahun ").append(p.tahunKebutuhan())
        .append(", data per ").append(Angka.tanggal(p.tanggalData())).append("\n");
    if (p.disampaikan() != null) {
      md.append("- **Disampaikan:** ").append(Angka.waktu(p.disampaikan())).append(p.terlambat() ? " (**terlambat**, batas "
          : " (batas ").append(Angka.tanggal(p.batasPenyampaian())).append(")\n");
    }
    if (p.surat() != null) {
      md.append("- **Surat pengantar:** ").append(MarkdownText.escape(p.surat().nomorSurat())).append(", ")
          .append(Angka.tanggal(p.surat().tanggalSurat())).append(", disahkan ").append(MarkdownText.escape(p.surat().disahkanOleh()))
          .append("\n");
    }
    NeedsProposal.Totals t = proposal.total();
    md.append("- **Kebutuhan:** ").append(t.kebutuhan()).append(" · **ada:** ").append(t.ada()).append(" · **PNS pensiun ").append(proposal.tahunProyeksi().size()).append(" tahun:** ")
        .append(sum(t.pensiun())).append(" · **PPPK berakhir ").append(proposal.tahunProyeksi().size()).append(" tahun:** ").append(sum(t.perjanjianBerakhir()))
        .append(" · **kekurangan:** ").append(t.kekurangan()).append(" · **kelebihan:** ").append(t.kelebihan()).append("\n");
    md.append("\n#### Usul tambahan kebutuhan menurut prioritas instansi\n\n");
    List<NeedsProposal.Item> shortfall = proposal.shortfall();
    if (shortfall.isEmpty()) {
      md.append("- (tidak ada jabatan yang kekurangan pegawai)\n");
    }
    for (NeedsProposal.Item item : shortfall) {
      md.append(item.prioritas() == null ? "- " : item.prioritas() + ". ").append(MarkdownText.escape(item.kode())).append(" ")
          .append(MarkdownText.escape(item.nama())).append(" (").append(MarkdownText.escape(item.namaUnit())).append("): **kurang ")
          .append(item.kekurangan()).append("** (kebutuhan ").append(item.kebutuhan()).append(", ada ").append(item.ada())
          .append(", keluar ").append(proposal.tahunProyeksi().size()).append(" tahun ").append(item.keluar()).append(")\n");
    }
    List<NeedsProposal.Item> surplus = proposal.jabatan().stream().filter(i -> i.kelebihan() > 0).toList();
    if (!surplus.isEmpty()) {
      md.append("\n#### Jabatan yang kelebihan pegawai\n\n");
      surplus.forEach(i -> md.append("- ").append(MarkdownText.escape(i.kode())).append(" ").append(MarkdownText.escape(i.nama())).append(": lebih ")
          .append(i.kelebihan()).append("\n"));
    }
    attachments(md, p);
    links(md, p);
    return md.toString();
  }

  public static String consideration(Planning p, TechnicalConsideration variables, Map<String, Integer> determined) {
    StringBuilder md = new StringBuilder();
    md.append("### Variabel pertimbangan teknis: ").append(MarkdownText.escape(p.namaInstansi())).append(" (")
        .append(p.jenisInstansi().label()).append(")\n\n");
    for (TechnicalConsideration.Variable v : variables.variabel()) {
      md.append("- **").append(v.kode()).append(". ").append(MarkdownText.escape(v.nama())).append(":** ").append(MarkdownText.escape(v.nilai()))
          .append("\n");
    }
    md.append("\n#### Kebutuhan yang ditetapkan analisis BKN\n\n");
    if (determined.isEmpty()) {
      md.append("- (tidak ada)\n");
    }
    determined.forEach((kode, jumlah) -> md.append("- ").append(MarkdownText.escape(kode)).append(": ").append(jumlah).append("\n"));
    if (p.laporanAnalisis() != null) {
      md.append("\n#### Laporan hasil analisis kebutuhan\n\n").append(MarkdownText.escape(p.laporanAnalisis())).append("\n");
    }
    links(md, p);
    return md.toString();
  }

  private static void attachments(StringBuilder md, Planning p) {
    Attachments a = p.lampiran();
    if (a == null || a.isEmpty()) {
      return;
    }
    md.append("\n#### Lampiran\n\n");
    if (a.karakteristikInstansi() != null) {
      md.append("- **Karakteristik instansi:** ").append(MarkdownText.escape(a.karakteristikInstansi())).append("\n");
    }
    if (a.kondisiGeografis() != null) {
      md.append("- **Kondisi geografis:** ").append(MarkdownText.escape(a.kondisiGeografis())).append("\n");
      md.append("- **Jumlah penduduk:** ").append(Angka.of(a.jumlahPenduduk())).append(" · **luas wilayah:** ")
          .append(Angka.of(a.luasWilayah())).append(" km²\n");
      md.append("- **Potensi daerah:** ").append(MarkdownText.escape(a.potensiDaerah())).append("\n");
    }
    if (a.jumlahKabupatenKota() != null) {
      md.append("- **Kabupaten/kota yang dikoordinasikan:** ").append(a.jumlahKabupatenKota()).append("\n");
    }
    a.rasioBelanjaPegawaiPersen().ifPresent(r -> md.append("- **Rasio belanja pegawai:** ").append(Angka.of(r)).append("%\n"));
  }

  private static void links(StringBuilder md, Planning p) {
    String base = "/api/kebutuhan/" + p.tahun();
    String who = "instansi=" + p.instansi();
    md.append("\n#### Unduh\n\n");
    md.append("- Peta jabatan: [PDF](").append(base).append("/peta-jabatan?").append(who).append("&format=pdf) · [CSV](")
        .append(base).append("/peta-jabatan?").append(who).append("&format=csv) · [Excel](").append(base)
        .append("/peta-jabatan?").append(who).append("&format=xlsx)\n");
    md.append("- Usul kebutuhan dan proyeksinya: [CSV](").append(base).append("/usul?").append(who)
        .append("&format=csv) · [Excel](").append(base).append("/usul?").append(who).append("&format=xlsx) · [JSON](")
        .append(base).append("/usul?").append(who).append(")\n");
  }

  private static String signed(int value) {
    return value > 0 ? "+" + value : String.valueOf(value);
  }

  private static int sum(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).sum();
  }

}
