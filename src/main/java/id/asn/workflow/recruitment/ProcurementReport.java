package id.asn.workflow.recruitment;

import id.asn.workflow.recruitment.AppointmentOutcomes.Outcome;
import id.asn.workflow.tabular.PdfReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The instansi's report to the Kepala BKN on its procurement (Lampiran I and II X.A): planning, announcement,
 * application, screening, passing, appointment and placement, each from this system's records of the period.
 */
@Component
class ProcurementReport {

  private final SeleksiRepository periods;
  private final CorrectionRepository corrections;
  private final AppointmentOutcomes appointments;

  ProcurementReport(SeleksiRepository periods, CorrectionRepository corrections, AppointmentOutcomes appointments) {
    this.periods = periods;
    this.corrections = corrections;
    this.appointments = appointments;
  }

  /** The report; without a letter ({@code nomor} null) it is a draft and says so. */
  byte[] pdf(Periode p, String nomor, LocalDate tanggal) {
    String title = "Laporan Pengadaan " + (p.pppk() ? "Calon PPPK" : "Calon PNS") + " " + p.instansi() + " Tahun "
        + p.tahun();
    try (PdfReport pdf = new PdfReport(title, title, false)) {
      pdf.title(title);
      pdf.paragraph(nomor == null ? "KONSEP: belum dikirim kepada Kepala Badan Kepegawaian Negara."
          : "Kepada Kepala Badan Kepegawaian Negara. Surat nomor " + nomor + " tanggal " + tanggal + ".");
      planning(pdf, p);
      pdf.heading("B. Pengumuman");
      Jadwal j = p.jadwal();
      pdf.paragraph(j == null ? "Jadwal belum ditetapkan." : "Pengumuman diterbitkan " + text(p.pengumumanTerbit())
          + ", berlaku " + j.pengumumanMulai() + " s.d. " + j.pengumumanSelesai() + "; pelamaran ditutup "
          + j.batasPelamaran() + ".");
      pdf.heading("C. Pelamaran");
      pdf.paragraph("Pelamar terdaftar: " + periods.count("seleksi_pelamar", p.id()) + ".");
      screening(pdf, p);
      pdf.heading("E. Penetapan kelulusan");
      pdf.paragraph("Lulus seleksi: " + periods.count("seleksi_hasil_akhir", p.id(), "lulus = true")
          + "; hasil akhir diumumkan " + text(p.hasilAkhirDiumumkan()) + ".");
      appointmentAndPlacement(pdf, p);
      pdf.space();
      pdf.paragraph("Dokumen ini dihasilkan oleh sistem dari data periode " + p.id() + ".");
      return pdf.toBytes();
    }
  }

  private void planning(PdfReport pdf, Periode p) {
    pdf.heading("A. Perencanaan");
    pdf.paragraph("Formasi: " + periods.count("seleksi_formasi", p.id()) + " dengan kebutuhan "
        + periods.vacancies(p.id()) + " orang.");
  }

  private void screening(PdfReport pdf, Periode p) {
    pdf.heading("D. Penyaringan");
    int[] administrative = corrections.administrativeCounts(p.id());
    StringBuilder text = new StringBuilder("Seleksi administrasi: " + administrative[0] + " memenuhi syarat, "
        + administrative[1] + " tidak memenuhi syarat.");
    if (p.pppk()) {
      text.append(" Nilai seleksi kompetensi dan wawancara: ").append(periods.count("seleksi_nilai_kompetensi", p.id()))
          .append(" peserta.");
    } else {
      text.append(" Lulus SKD: ").append(periods.count("seleksi_hasil_skd", p.id(), "lulus = true"))
          .append("; nilai SKB: ").append(periods.count("seleksi_nilai_skb", p.id())).append(" peserta.");
    }
    pdf.paragraph(text.toString());
  }

  private void appointmentAndPlacement(PdfReport pdf, Periode p) {
    pdf.heading("F. Penetapan pengangkatan dan penempatan");
    List<Outcome> outcomes = appointments.ofPeriod(p.id());
    pdf.paragraph("Pengangkatan dimulai: " + outcomes.size() + " (termasuk pengganti); ditempatkan: "
        + outcomes.stream().filter(Outcome::placed).count() + "; masih berjalan sebelum penempatan: "
        + outcomes.stream().filter(Outcome::open).count() + ".");
    pdf.table(new float[] {70, 30}, new String[] {"Status pengangkatan", "Jumlah"},
        rows(outcomes.stream().collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()))),
        Set.of(1));
    pdf.table(new float[] {70, 30}, new String[] {"Unit kerja penempatan", "Jumlah"},
        rows(outcomes.stream().filter(Outcome::placed)
            .collect(Collectors.groupingBy(Outcome::unitKerja, TreeMap::new, Collectors.counting()))), Set.of(1));
  }

  private static List<String[]> rows(Map<String, Long> counts) {
    List<String[]> rows = new ArrayList<>();
    counts.forEach((key, count) -> rows.add(new String[] {key, String.valueOf(count)}));
    return rows;
  }

  private static String text(LocalDate day) {
    return day == null ? "(belum tercatat)" : day.toString();
  }
}
