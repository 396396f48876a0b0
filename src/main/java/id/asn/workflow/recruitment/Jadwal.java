package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The schedule of a period, checked against the time limits of Lampiran I ({@link RecruitmentTimeLimits}) on the
 * working-day calendar.
 */
record Jadwal(LocalDate pengumumanMulai, LocalDate pengumumanSelesai, LocalDate batasPelamaran,
    LocalDate seleksiAdministrasi, LocalDate tanggalSkd, LocalDate tanggalSkb) {

  /** A date of the schedule that breaks a rule, with the rule. */
  public record Problem(String field, String reason) {}

  /** Every rule the schedule breaks; {@code today} is when it is set (the announcement cannot start earlier). */
  public List<Problem> problems(WorkingDayCalendar calendar, LocalDate today, RecruitmentTimeLimits limits) {
    List<Problem> problems = new ArrayList<>();
    if (pengumumanMulai.isBefore(today)) {
      problems.add(new Problem("pengumumanMulai", "tidak boleh sebelum hari ini (" + today + ")"));
    }
    long open = ChronoUnit.DAYS.between(pengumumanMulai, pengumumanSelesai) + 1;
    if (open < limits.pengumumanLowongan()) {
      problems.add(new Problem("pengumumanSelesai", "pengumuman lowongan paling singkat " + limits.pengumumanLowongan()
          + " hari kalender (III.A.4); jadwal ini " + open + " hari, paling cepat selesai "
          + limits.earliestAnnouncementEnd(pengumumanMulai)));
    }
    if (batasPelamaran.isBefore(pengumumanSelesai)) {
      problems.add(new Problem("batasPelamaran", "pelamaran tidak boleh ditutup sebelum pengumuman lowongan selesai ("
          + pengumumanSelesai + ")"));
    }
    int documents = calendar.workingDaysBetween(batasPelamaran, seleksiAdministrasi);
    if (documents < limits.dokumenLamaran()) {
      problems.add(new Problem("seleksiAdministrasi", "dokumen lamaran diterima paling lambat " + limits.dokumenLamaran()
          + " hari kerja sebelum seleksi administrasi; dari batas pelamaran " + batasPelamaran + " baru " + documents
          + " hari kerja, paling cepat " + calendar.plusWorkingDays(batasPelamaran, limits.dokumenLamaran())));
    }
    int toSkd = calendar.workingDaysBetween(seleksiAdministrasi, tanggalSkd);
    if (toSkd < limits.dataPanselnas()) {
      problems.add(new Problem("tanggalSkd", "data pelamar lulus seleksi administrasi disampaikan kepada panitia seleksi "
          + "nasional paling lambat " + limits.dataPanselnas() + " hari kerja sebelum SKD (V.B.10); dari seleksi "
          + "administrasi " + seleksiAdministrasi + " baru " + toSkd + " hari kerja, paling cepat "
          + calendar.plusWorkingDays(seleksiAdministrasi, limits.dataPanselnas())));
    }
    if (!tanggalSkb.isAfter(tanggalSkd)) {
      problems.add(new Problem("tanggalSkb", "SKB dilaksanakan setelah SKD (" + tanggalSkd + ")"));
    }
    return problems;
  }
}
