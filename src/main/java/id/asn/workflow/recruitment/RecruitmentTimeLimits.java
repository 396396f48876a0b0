package id.asn.workflow.recruitment;

import static id.asn.workflow.calendar.TimeLimit.Satuan.HARI_KALENDER;
import static id.asn.workflow.calendar.TimeLimit.Satuan.HARI_KERJA;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The recruitment time limits of Lampiran I and II, as {@code processes/tenggat.dmn} sets them when a step reads
 * them: the vacancy announcement open at least {@code pengumumanLowongan} calendar days (III.A.4); documents in at
 * least {@code dokumenLamaran} working days before the administrative selection (IV); the data of those who passed
 * it sent to the national committee at least {@code dataPanselnas} working days before SKD (V.B.10); SKD, SKB and
 * the competence selection announced at least {@code pengumumanUjian} calendar days before (V.C.2.a, V.D.2.b); the
 * final result announced within {@code pengumumanHasilAkhir} calendar days of its receipt (V.D.4.c.2).
 */
record RecruitmentTimeLimits(int pengumumanLowongan, int dokumenLamaran, int dataPanselnas, int pengumumanUjian,
    int pengumumanHasilAkhir) {

  static RecruitmentTimeLimits from(TimeLimits limits) {
    return new RecruitmentTimeLimits(limits.of("pengumumanLowongan").in(HARI_KALENDER),
        limits.of("dokumenLamaran").in(HARI_KERJA), limits.of("dataPanselnas").in(HARI_KERJA),
        limits.of("pengumumanUjian").in(HARI_KALENDER), limits.of("pengumumanHasilAkhir").in(HARI_KALENDER));
  }

  /** The last day the announcement must stay open to when it starts on {@code start}. */
  LocalDate earliestAnnouncementEnd(LocalDate start) {
    return start.plusDays(pengumumanLowongan - 1L);
  }

  /** The last day an exam on {@code examDay} may be announced. */
  LocalDate latestExamAnnouncement(LocalDate examDay) {
    return examDay.minusDays(pengumumanUjian);
  }

  /** The last day the data of those who passed the administrative selection may reach the national committee. */
  Deadline latestDataToNationalCommittee(WorkingDayCalendar calendar, LocalDate skd) {
    return calendar.deadline(DeadlineRule.leavingWorkingDaysBefore(skd, dataPanselnas));
  }

  /** The last day the PPK may announce a final result received on {@code received}. */
  LocalDate finalResultDue(LocalDate received) {
    return received.plusDays(pengumumanHasilAkhir);
  }
}
