package id.asn.workflow.recruitment;

import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.kernel.CompletionValues;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;

/**
 * The day of SKD or SKB as the committee announces it: announced at least 7 calendar days before (Lampiran I
 * V.C.2.a, V.D.2.b); SKD at least 14 working days after the administrative selection (V.B.10); SKB after SKD.
 */
final class ExamDate {

  private ExamDate() {}

  static LocalDate skd(CompletionValues values, LocalDate today, LocalDate administrative, WorkingDayCalendar days) {
    LocalDate exam = announced(values, "tanggalSkd", "SKD", today);
    if (days.workingDaysBetween(administrative, exam) < Jadwal.HARI_KERJA_DATA_PANSELNAS) {
      throw new InvalidCompletionException("tanggalSkd", "SKD paling cepat " + Jadwal.HARI_KERJA_DATA_PANSELNAS
          + " hari kerja setelah seleksi administrasi (" + administrative + ")");
    }
    return exam;
  }

  static LocalDate skb(CompletionValues values, LocalDate today, LocalDate skd) {
    LocalDate exam = announced(values, "tanggalSkb", "SKB", today);
    if (!exam.isAfter(skd)) {
      throw new InvalidCompletionException("tanggalSkb", "SKB dilaksanakan setelah SKD (" + skd + ")");
    }
    return exam;
  }

  private static LocalDate announced(CompletionValues values, String key, String name, LocalDate today) {
    LocalDate exam = values.requiredDate(key, "tanggal " + name);
    LocalDate latest = Jadwal.latestExamAnnouncement(exam);
    if (today.isAfter(latest)) {
      throw new InvalidCompletionException(key, name + " diumumkan paling lambat " + Jadwal.HARI_PENGUMUMAN_UJIAN
          + " hari kalender sebelum pelaksanaan; untuk " + exam + " batasnya " + latest + ": pilih tanggal paling cepat "
          + today.plusDays(Jadwal.HARI_PENGUMUMAN_UJIAN));
    }
    return exam;
  }
}
