package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.CompletionChecks.dateBetween;
import static id.asn.workflow.appointment.CompletionChecks.late;
import static id.asn.workflow.appointment.PengangkatanProcess.BOTH;

import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * tetapkanPenggantian: the PPK names the replacement by decree, reports it in writing to the chair of the national
 * selection committee and announces it (website, newspaper, notice board or another way), before the replacement is
 * called up (Lampiran I VI.A.3.e, VI.A.6.g.2; II VI.3.g, VI.6.g.2), and delivers the decree to the Kepala BKN or
 * the Kanreg (VI.A.3.f; II VI.3.h). Where the one replaced had been proposed for a
 * number, a report later than 20 working days after the decree is recorded as late (VI.A.6.g.2).
 */
@Component
class ReplacementDecreeTask extends AppointmentTaskHandler {

  private final AppointmentCalendar calendar;

  ReplacementDecreeTask(AppointmentRepository repository, AppointmentForms forms, AppointmentCalendar calendar) {
    super(Stage.PENGGANTIAN, BOTH, repository, forms);
    this.calendar = calendar;
  }

  @Override
  protected Map<String, Object> complete(String id, CompletionValues values, String by, LocalDate today) {
    Pengangkatan p = repository.get(id);
    Pengangkatan replaced = repository.get(p.penggantiDari());
    String nomor = values.requiredText("nomorKeputusanPenggantian", 100, "nomor keputusan PPK tentang pengganti");
    LocalDate tanggal = values.requiredDate("tanggalKeputusanPenggantian", "tanggal keputusan");
    if (tanggal.isAfter(today)) {
      throw new InvalidCompletionException("tanggalKeputusanPenggantian", "tidak boleh sesudah hari ini (" + today + ")");
    }
    String laporan = values.requiredText("nomorLaporanPenggantian", 100,
        "nomor surat laporan kepada ketua panitia seleksi nasional");
    LocalDate dilaporkan = dateBetween(values, "tanggalLaporanPenggantian", "tanggal laporan", tanggal,
        "tanggal keputusan", today);
    String pengumuman = values.requiredText("pengumumanPenggantian", 500,
        "tempat pengumuman: laman instansi, surat kabar, papan pengumuman atau bentuk lain");
    LocalDate disampaikan = dateBetween(values, "tanggalPenggantianDisampaikan",
        "tanggal keputusan disampaikan kepada Kepala BKN/Kanreg", tanggal, "tanggal keputusan", today);
    repository.recordReplacementDecree(id, nomor, tanggal, laporan, dilaporkan, pengumuman, disampaikan);
    String lateness = replaced.batasLaporanPenggantian() == null ? ""
        : late(dilaporkan, calendar.deadlines().replacementReportDue(tanggal).tanggal(), "VI.A.6.g.2");
    repository.event(id, "KEPUTUSAN_PENGGANTIAN", "Keputusan PPK " + nomor + " tanggal " + tanggal + " menetapkan "
        + "pengganti " + replaced.id() + "; dilaporkan kepada ketua panitia seleksi nasional dengan surat " + laporan
        + " tanggal " + dilaporkan + lateness + "; diumumkan: " + pengumuman + "; disampaikan kepada Kepala BKN/Kanreg "
        + disampaikan, by);
    return Map.of();
  }
}
