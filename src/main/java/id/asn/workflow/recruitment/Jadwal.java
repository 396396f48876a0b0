package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule of a period and the deadlines of Lampiran I, checked with the working-day calendar:
 * the vacancy announcement open at least 15 calendar days (III.A.4); documents in at least 10 working days
 * before the administrative selection (IV); the data of those who passed it sent to the national committee at
 * least 14 working days before SKD (V.B.10); SKD and SKB announced at least 7 calendar days before (V.C.2.a,
 * V.D.2.b); the final result announced within 30 calendar days of its receipt (V.D.4.c.2).
 */
record Jadwal(LocalDate pengumumanMulai, LocalDate pengumumanSelesai, LocalDate batasPelamaran,
    LocalDate seleksiAdministrasi, LocalDate tanggalSkd, LocalDate tanggalSkb) {

  public static final int HARI_PENGUMUMAN_MINIMAL = 15;
  public static final int HARI_KERJA_DOKUMEN = 10;
  public static final int HARI_KERJA_DATA_PANSELNAS = 14;
  public static final int HARI_PENGUMUMAN_UJIAN = 7;
  public static final int HARI_PENGUMUMAN_HASIL_AKHIR = 30;

  /** A date of the schedule that breaks a rule, with the rule. */
  public record Problem(String field, String reason) {}

  /** Every rule the schedule breaks; {@code today} is when it is set (the announcement cannot start earlier). */
  public List<Problem> problems(WorkingDayCalendar calendar, LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    if (pengumumanMulai.isBefore(today)) {
      problems.add(new Problem("pengumumanMulai", "tidak boleh sebelum hari ini (" + today + ")"));
    }
    long open = ChronoUnit.DAYS.between(pengumumanMulai, pengumumanSelesai) + 1;
    if (open < HARI_PENGUMUMAN_MINIMAL) {
      problems.add(new Problem("pengumumanSelesai", "pengumuman lowongan paling singkat " + HARI_PENGUMUMAN_MINIMAL
          + " hari kalender (III.A.4); jadwal ini " + open + " hari, paling cepat selesai "
          + earliestAnnouncementEnd(pengumumanMulai)));
    }
    if (batasPelamaran.isBefore(pengumumanSelesai)) {
      problems.add(new Problem("batasPelamaran", "pelamaran tidak boleh ditutup sebelum pengumuman lowongan selesai ("
          + pengumumanSelesai + ")"));
    }
    int documents = calendar.workingDaysBetween(batasPelamaran, seleksiAdministrasi);
    if (documents < HARI_KERJA_DOKUMEN) {
      problems.add(new Problem("seleksiAdministrasi", "dokumen lamaran diterima paling lambat " + HARI_KERJA_DOKUMEN
          + " hari kerja sebelum seleksi administrasi; dari batas pelamaran " + batasPelamaran + " baru " + documents
          + " hari kerja, paling cepat " + calendar.plusWorkingDays(batasPelamaran, HARI_KERJA_DOKUMEN)));
    }
    int toSkd = calendar.workingDaysBetween(seleksiAdministrasi, tanggalSkd);
    if (toSkd < HARI_KERJA_DATA_PANSELNAS) {
      problems.add(new Problem("tanggalSkd", "data pelamar lulus seleksi administrasi disampaikan kepada panitia seleksi "
          + "nasional paling lambat " + HARI_KERJA_DATA_PANSELNAS + " hari kerja sebelum SKD (V.B.10); dari seleksi "
          + "administrasi " + seleksiAdministrasi + " baru " + toSkd + " hari kerja, paling cepat "
          + calendar.plusWorkingDays(seleksiAdministrasi, HARI_KERJA_DATA_PANSELNAS)));
    }
    if (!tanggalSkb.isAfter(tanggalSkd)) {
      problems.add(new Problem("tanggalSkb", "SKB dilaksanakan setelah SKD (" + tanggalSkd + ")"));
    }
    return problems;
  }

  /** The last day the announcement must stay open to when it starts on {@code start}. */
  public static LocalDate earliestAnnouncementEnd(LocalDate start) {
    return start.plusDays(HARI_PENGUMUMAN_MINIMAL - 1);
  }

  /** The last day an exam on {@code examDay} may be announced: 7 calendar days before. */
  public static LocalDate latestExamAnnouncement(LocalDate examDay) {
    return examDay.minusDays(HARI_PENGUMUMAN_UJIAN);
  }

  /**
   * The last day the data of those who passed the administrative selection may reach the national committee:
   * the last day that still leaves 14 working days up to SKD.
   */
  public static Deadline latestDataToNationalCommittee(WorkingDayCalendar calendar, LocalDate skd) {
    return calendar.deadline(DeadlineRule.leavingWorkingDaysBefore(skd, HARI_KERJA_DATA_PANSELNAS));
  }

  /** The last day the PPK may announce a final result received on {@code received}. */
  public static LocalDate finalResultDue(LocalDate received) {
    return received.plusDays(HARI_PENGUMUMAN_HASIL_AKHIR);
  }
}
