package id.asn.workflow.recruitment;

import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import id.asn.workflow.kernel.document.DocumentStore;
import id.asn.workflow.recruitment.AppointmentOutcomes.Outcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * laporkanPengadaan: the instansi reports its procurement to the Kepala BKN, appointment and placement included
 * (Lampiran I and II X.A), so the letter is refused while a candidate handed over is not yet placed or ended; the
 * report as sent is kept. The Perbup sets no time limit for it, so the task has no due date.
 */
@Component
class ProcurementReportTask extends SeleksiTask {

  private static final int NAMED = 5;

  private final SeleksiService service;
  private final SeleksiRepository periods;
  private final AppointmentOutcomes appointments;
  private final ProcurementReport report;
  private final DocumentStore store;

  ProcurementReportTask(SeleksiTasks steps, SeleksiService service, SeleksiRepository periods,
      AppointmentOutcomes appointments, ProcurementReport report, DocumentStore store) {
    super(Stage.LAPORAN_PENGADAAN, BOTH, steps);
    this.service = service;
    this.periods = periods;
    this.appointments = appointments;
    this.report = report;
    this.store = store;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    String nomor = c.values().requiredText("nomorSuratLaporan", 100, "nomor surat laporan kepada Kepala BKN");
    LocalDate tanggal = c.values().requiredDate("tanggalSuratLaporan", "tanggal surat laporan");
    if (tanggal.isAfter(c.today())) {
      throw new InvalidCompletionException("tanggalSuratLaporan", "tidak boleh sesudah hari ini (" + c.today() + ")");
    }
    if (p.hasilAkhirDiumumkan() != null && tanggal.isBefore(p.hasilAkhirDiumumkan())) {
      throw new InvalidCompletionException("tanggalSuratLaporan", "tidak boleh sebelum hasil akhir diumumkan ("
          + p.hasilAkhirDiumumkan() + ")");
    }
    requireEveryAppointmentSettled(p);
    String sha256 = store.put(report.pdf(p, nomor, tanggal));
    periods.recordProcurementReport(p.id(), nomor, tanggal, sha256);
    periods.addEvent(p.id(), "LAPORAN_PENGADAAN", "Laporan pengadaan disampaikan kepada Kepala BKN: surat " + nomor
        + " tanggal " + tanggal + ".", c.user(), c.now());
    return Map.of();
  }

  private void requireEveryAppointmentSettled(Periode p) {
    int notStarted = periods.count("seleksi_serah_pengangkatan", p.id(), "diambil is null");
    if (notStarted > 0) {
      throw new InvalidCompletionException("tanggalSuratLaporan", notStarted + " peserta lulus belum dimulai "
          + "pengangkatannya (POST /api/pengangkatan/" + p.id() + "/mulai); laporan memuat pengangkatan dan "
          + "penempatan (X.A)");
    }
    List<Outcome> open = appointments.ofPeriod(p.id()).stream().filter(Outcome::open).toList();
    if (!open.isEmpty()) {
      throw new InvalidCompletionException("tanggalSuratLaporan", open.size() + " pengangkatan belum sampai "
          + "penempatan (" + open.stream().limit(NAMED).map(o -> o.nomorPeserta() + " " + o.status())
              .collect(Collectors.joining(", ")) + (open.size() > NAMED ? ", …" : "")
          + "); laporan memuat pengangkatan dan penempatan (X.A)");
    }
  }
}
