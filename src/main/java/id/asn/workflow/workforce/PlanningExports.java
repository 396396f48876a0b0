package id.asn.workflow.workforce;

import id.asn.workflow.tabular.PdfReport;
import id.asn.workflow.tabular.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The job map and the proposal as tables (CSV, XLSX) and PDF, and the Pertimbangan Teknis document. */
final class PlanningExports {

  private PlanningExports() {}

  public static Table jobMapTable(JobMap map) {
    Table table = Table.of("kodeUnit", "namaUnit", "tingkatUnit", "bebanKerjaUnitJam", "kodeJabatan",
        "namaJabatan", "jenisJabatan", "jenjang", "kelasJabatan", "bebanKerjaJam", "kebutuhanPegawaiHitung",
        "kebutuhanPegawai", "pegawaiAda", "selisih", "efektivitasJabatan");
    for (JobMap.UnitEntry unit : map.unit()) {
      if (unit.jabatan().isEmpty()) {
        table.row(unit.kode(), unit.nama(), unit.tingkat(), unit.bebanKerjaJam(), null, null, null, null, null, null, null,
            null, null, null, null);
      }
      for (JobMap.PositionEntry p : unit.jabatan()) {
        table.row(unit.kode(), unit.nama(), unit.tingkat(), unit.bebanKerjaJam(), p.kode(), p.nama(), p.jenisJabatan().name(),
            p.jenjang().name(), p.kelasJabatan(), p.bebanKerjaJam(), p.kebutuhanPegawaiHitung(), p.kebutuhanPegawai(),
            p.pegawaiAda(), p.selisih(), p.efektivitasJabatan());
      }
    }
    return table;
  }

  public static Table proposalTable(NeedsProposal proposal) {
    List<String> header = new ArrayList<>(List.of("prioritas", "kodeJabatan", "namaJabatan", "kodeUnit", "namaUnit", "jenjang",
        "kelasJabatan", "batasUsiaPensiun", "kebutuhan", "pegawaiAda"));
    proposal.tahunProyeksi().forEach(y -> header.add("pensiun" + y));
    proposal.tahunProyeksi().forEach(y -> header.add("pppkBerakhir" + y));
    header.addAll(List.of("jumlahKeluar", "selisih", "kekurangan", "kelebihan"));
    proposal.tahunProyeksi().forEach(y -> header.add("kekurangan" + y));
    Table table = new Table(header);
    for (NeedsProposal.Item i : proposal.jabatan()) {
      List<Object> row = new ArrayList<>(Arrays.asList(i.prioritas(), i.kode(), i.nama(), i.kodeUnit(),
          i.namaUnit(), i.jenjang().name(), i.kelasJabatan(), i.batasUsiaPensiun(), i.kebutuhan(), i.ada()));
      row.addAll(i.pensiun());
      row.addAll(i.perjanjianBerakhir());
      row.addAll(List.of(i.keluar(), i.selisih(), i.kekurangan(), i.kelebihan()));
      i.proyeksi().forEach(y -> row.add(y.kekurangan()));
      table.row(row);
    }
    return table;
  }

  public static byte[] jobMapPdf(Planning planning, JobMap map) {
    String title = "Peta Jabatan " + planning.namaInstansi() + " - penyusunan kebutuhan ASN " + planning.tahun();
    try (PdfReport pdf = new PdfReport(title, title, true)) {
      pdf.title(title);
      pdf.paragraph("Data pegawai per " + Angka.tanggal(planning.tanggalData()) + ". Kebutuhan dari analisis beban kerja dengan "
          + map.jamKerjaEfektif() + " jam kerja efektif setahun. Jumlah: " + map.total().jumlahUnit()
          + " unit, " + map.total().jumlahJabatan() + " jabatan, beban kerja " + Angka.of(map.total().bebanKerjaJam())
          + " jam, kebutuhan " + map.total().kebutuhanPegawai() + ", ada " + map.total().pegawaiAda() + ", selisih "
          + map.total().selisih() + ".");
      float[] widths = {9, 38, 16, 6, 12, 10, 7, 7, 8};
      String[] header = {"Kode", "Jabatan", "Jenjang", "Kelas", "Beban kerja (jam)", "Kebutuhan", "Ada", "Selisih", "EJ"};
      for (JobMap.UnitEntry unit : map.unit()) {
        pdf.heading("  ".repeat(unit.tingkat() - 1) + unit.nama() + " (" + unit.kode() + ") - beban kerja unit "
            + Angka.of(unit.bebanKerjaJam()) + " jam, kebutuhan " + unit.kebutuhanPegawai() + ", ada " + unit.pegawaiAda());
        List<String[]> rows = new ArrayList<>();
        for (JobMap.PositionEntry p : unit.jabatan()) {
          rows.add(new String[] {p.kode(), p.nama(), p.jenjang().label(), String.valueOf(p.kelasJabatan()),
              Angka.of(p.bebanKerjaJam()), String.valueOf(p.kebutuhanPegawai()), String.valueOf(p.pegawaiAda()),
              String.valueOf(p.selisih()), Angka.of(p.efektivitasJabatan())});
        }
        if (rows.isEmpty()) {
          pdf.paragraph("(tidak ada jabatan)");
        } else {
          pdf.table(widths, header, rows, Set.of(3, 4, 5, 6, 7, 8));
        }
      }
      return pdf.toBytes();
    }
  }

  public static byte[] considerationPdf(Planning planning, NeedsProposal proposal, TechnicalConsideration variables,
      Map<String, Integer> determined) {
    String title = "Pertimbangan Teknis Kebutuhan ASN";
    String footer = title + " " + planning.nomorPertimbangan() + " - " + planning.namaInstansi();
    try (PdfReport pdf = new PdfReport(title, footer, false)) {
      considerationHeading(pdf, title, planning);
      pdf.heading("A. Variabel pertimbangan teknis");
      List<String[]> rows = new ArrayList<>();
      variables.variabel().forEach(v -> rows.add(new String[] {v.kode(), v.nama(), v.nilai()}));
      pdf.table(new float[] {4, 36, 60}, new String[] {"", "Variabel", "Nilai"}, rows, Set.of());
      pdf.heading("B. Kebutuhan jabatan yang ditetapkan");
      determinedNeeds(pdf, proposal, determined);
      pdf.heading("C. Hasil analisis kebutuhan");
      pdf.paragraph(planning.laporanAnalisis() == null ? "-" : planning.laporanAnalisis());
      pdf.heading("D. Pertimbangan");
      pdf.paragraph(planning.catatanPertimbangan() == null ? "-" : planning.catatanPertimbangan());
      pdf.space();
      pdf.paragraph("Dokumen ini dihasilkan oleh sistem dari data usul kebutuhan yang disampaikan instansi dan hasil "
          + "analisis BKN.");
      return pdf.toBytes();
    }
  }

  /** Issuer, title, number, date, instansi and the grounds: the submission letter and the data's date. */
  private static void considerationHeading(PdfReport pdf, String title, Planning planning) {
    pdf.title("BADAN KEPEGAWAIAN NEGARA");
    pdf.title(title + " Tahun " + planning.tahunKebutuhan());
    pdf.paragraph("Nomor: " + planning.nomorPertimbangan());
    pdf.paragraph("Tanggal: " + Angka.tanggal(planning.tanggalPertimbangan()));
    pdf.paragraph("Instansi: " + planning.namaInstansi() + " (" + planning.jenisInstansi().label() + ")");
    pdf.paragraph("Dasar: Peraturan BKN Nomor 9 Tahun 2022 tentang Tata Cara Pelaksanaan Penyusunan Kebutuhan ASN; usul "
        + "kebutuhan instansi" + (planning.surat() == null ? "" : " dengan surat " + planning.surat().nomorSurat()
        + " tanggal " + Angka.tanggal(planning.surat().tanggalSurat())) + "; data pegawai per "
        + Angka.tanggal(planning.tanggalData()) + ".");
  }

  /** The positions BKN set a need for, in the proposal's order, with what the instansi proposed. */
  private static void determinedNeeds(PdfReport pdf, NeedsProposal proposal, Map<String, Integer> determined) {
    List<String[]> needs = new ArrayList<>();
    for (NeedsProposal.Item item : proposal.jabatan()) {
      Integer count = determined.get(item.kode());
      if (count != null) {
        needs.add(new String[] {item.kode(), item.nama(), item.jenjang().label(), item.prioritas() == null ? "-"
            : String.valueOf(item.prioritas()), String.valueOf(item.kekurangan()), String.valueOf(count)});
      }
    }
    if (needs.isEmpty()) {
      pdf.paragraph("Tidak ada tambahan kebutuhan yang ditetapkan.");
    } else {
      pdf.table(new float[] {12, 40, 18, 10, 10, 10}, new String[] {"Kode", "Jabatan", "Jenjang", "Prioritas", "Usul",
          "Ditetapkan"}, needs, Set.of(3, 4, 5));
      pdf.paragraph("Jumlah ditetapkan: " + determined.values().stream().mapToInt(Integer::intValue).sum() + " formasi.");
    }
  }
}
