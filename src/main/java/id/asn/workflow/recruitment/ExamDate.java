package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;

/**
 * The day of SKD or SKB as the committee announces it: announced the limit's calendar days before (Lampiran I
 * V.C.2.a, V.D.2.b); SKD the limit's working days after the administrative selection (V.B.10); SKB after SKD.
 */
final class ExamDate {

  private ExamDate() {}

  static LocalDate skd(CompletionValues values, LocalDate today, LocalDate administrative, WorkingDayCalendar days,
      RecruitmentTimeLimits limits) {
    LocalDate exam = announced(values, "tanggalSkd", "SKD", today, limits);
    if (days.workingDaysBetween(administrative, exam) < limits.dataPanselnas()) {
      throw new InvalidCompletionException("tanggalSkd", "SKD paling cepat " + limits.dataPanselnas()
          + " hari kerja setelah seleksi administrasi (" + administrative + ")");
    }
    return exam;
  }

  static LocalDate skb(CompletionValues values, LocalDate today, LocalDate skd, RecruitmentTimeLimits limits) {
    LocalDate exam = announced(values, "tanggalSkb", "SKB", today, limits);
    if (!exam.isAfter(skd)) {
      throw new InvalidCompletionException("tanggalSkb", "SKB dilaksanakan setelah SKD (" + skd + ")");
    }
    return exam;
  }

  private static LocalDate announced(CompletionValues values, String key, String name, LocalDate today,
      RecruitmentTimeLimits limits) {
    LocalDate exam = values.requiredDate(key, "tanggal " + name);
    LocalDate latest = limits.latestExamAnnouncement(exam);
    if (today.isAfter(latest)) {
      throw new InvalidCompletionException(key, name + " diumumkan paling lambat " + limits.pengumumanUjian()
          + " hari kalender sebelum pelaksanaan; untuk " + exam + " batasnya " + latest + ": pilih tanggal paling cepat "
          + today.plusDays(limits.pengumumanUjian()));
    }
    return exam;
  }
}
