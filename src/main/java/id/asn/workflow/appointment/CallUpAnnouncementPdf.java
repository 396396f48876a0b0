package id.asn.workflow.appointment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.tabular.PdfReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The call-up announcement to publish (Lampiran I VI.A.1.a): the candidates, the VI.A.2 documents, the schedule. */
final class CallUpAnnouncementPdf {

  private CallUpAnnouncementPdf() {}

  static byte[] render(CallUpNotice notice, List<Kandidat> called, Deadline documentsDue,
      AppointmentTimeLimits limits) {
    String title = "Pengumuman Pemanggilan Peserta Lulus Seleksi";
    try (PdfReport pdf = new PdfReport(title, title + " " + notice.nomor() + " - " + notice.instansi(), false)) {
      pdf.title(title);
      pdf.paragraph("Nomor " + notice.nomor() + " tanggal " + notice.tanggal() + ", periode " + notice.periodeId()
          + ". Diumumkan melalui: " + notice.media() + ".");
      pdf.heading("A. Peserta yang dipanggil");
      List<String[]> rows = new ArrayList<>();
      called.forEach(k -> rows.add(new String[] {k.nomorPeserta(), k.nama(), k.jabatan(), k.unitKerja()}));
      pdf.table(new float[] {18, 30, 30, 22}, new String[] {"Nomor peserta", "Nama", "Jabatan", "Unit kerja"}, rows,
          Set.of());
      pdf.heading("B. Kelengkapan yang diserahkan (VI.A.2)");
      for (AppointmentDocument document : AppointmentDocument.values()) {
        pdf.paragraph("- " + document.label() + ".");
      }
      pdf.heading("C. Jadwal kehadiran");
      pdf.paragraph("Hari dan tanggal: " + notice.kehadiranMulai() + " s.d. " + notice.kehadiranSelesai() + "; waktu: "
          + notice.waktu() + "; tempat: " + notice.tempat() + ".");
      pdf.paragraph("Kelengkapan diserahkan paling lambat " + documentsDue.dated() + " ("
          + limits.kelengkapanDokumen() + " hari kerja sejak pengumuman; ditambah paling lama "
          + limits.tambahanLetakGeografis() + " hari kerja bagi peserta yang diberi tambahan waktu "
          + "karena letak geografis). Peserta yang tidak melengkapinya sampai batas itu dianggap tidak memenuhi "
          + "syarat (VI.A.1.c-e).");
      return pdf.toBytes();
    }
  }
}
