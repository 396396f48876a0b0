package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.CalendarService;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.InvalidCompletionException;
import id.asn.workflow.kernel.TaskCompletion;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * umumkanPelaksanaanKompetensi (PPPK): the competence selection announced at least 7 calendar days before
 * (Lampiran II V.C.2.a) and at least 14 working days after the administrative selection (V.B.10).
 */
@Component
class CompetenceAnnouncementTask extends SeleksiTask {

  private final TimeLimits timeLimits;
  private final SeleksiRepository periods;
  private final SeleksiService service;
  private final CalendarService calendar;

  CompetenceAnnouncementTask(SeleksiTasks steps, SeleksiRepository periods, SeleksiService service,
      CalendarService calendar, TimeLimits timeLimits) {
    super(Stage.UMUMKAN_KOMPETENSI, PPPK, steps);
    this.timeLimits = timeLimits;
    this.periods = periods;
    this.service = service;
    this.calendar = calendar;
  }

  @Override
  public Map<String, Object> completed(TaskCompletion c) {
    Periode p = service.get(c.id());
    LocalDate today = c.today();
    LocalDate exam = c.values().requiredDate("tanggalKompetensi", "tanggal seleksi kompetensi");
    RecruitmentTimeLimits limits = RecruitmentTimeLimits.from(timeLimits);
    LocalDate latest = limits.latestExamAnnouncement(exam);
    if (today.isAfter(latest)) {
      throw new InvalidCompletionException("tanggalKompetensi", "seleksi kompetensi diumumkan paling lambat "
          + limits.pengumumanUjian() + " hari kalender sebelum pelaksanaan (Lampiran II V.C.2.a); untuk " + exam
          + " batasnya " + latest + ": pilih tanggal paling cepat " + today.plusDays(limits.pengumumanUjian()));
    }
    if (calendar.calendar().workingDaysBetween(p.jadwal().seleksiAdministrasi(), exam) < limits.dataPanselnas()) {
      throw new InvalidCompletionException("tanggalKompetensi", "seleksi kompetensi paling cepat "
          + limits.dataPanselnas() + " hari kerja setelah seleksi administrasi ("
          + p.jadwal().seleksiAdministrasi() + ", Lampiran II V.B.10)");
    }
    c.values().requireTrue("kartuDanKtpDiwajibkan", "pengumuman memuat kewajiban membawa kartu peserta dan KTP");
    String tempat = c.values().requiredText("tempatKompetensi", 500, "hari, waktu dan tempat seleksi kompetensi");
    periods.setExamDate(c.id(), "tanggal_skd", exam);
    periods.publish(c.id(), "PELAKSANAAN_KOMPETENSI", today, "Seleksi kompetensi " + exam + ", " + tempat, c.user());
    return Map.of(PengadaanProcess.VAR_WAKTU_KOMPETENSI_SELESAI, startOf(exam.plusDays(1)));
  }
}
