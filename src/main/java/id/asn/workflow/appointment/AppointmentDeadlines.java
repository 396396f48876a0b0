package id.asn.workflow.appointment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The time limits of appointment as a CPNS and of the probation (Perbup Batang 6/2023 Lampiran I VI.A and VI.B) and
 * of appointment as calon PPPK and PPPK (Lampiran II VI, VII.A, VIII.A), with the amounts of
 * {@link AppointmentTimeLimits}, computed on the working-day calendar. Working days skip weekends, national holidays
 * and cuti bersama; a count of N working days "since" a date does not count that date. Each working-day limit is a
 * {@link Deadline}: provisional while its span crosses a year whose holidays are not decreed yet, and counted again
 * by its rule when they are.
 */
final class AppointmentDeadlines {

  private final WorkingDayCalendar calendar;
  private final AppointmentTimeLimits limits;

  AppointmentDeadlines(WorkingDayCalendar calendar, AppointmentTimeLimits limits) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  AppointmentTimeLimits limits() {
    return limits;
  }

  int correctionWorkingDays() {
    return limits.perbaikanUsul();
  }

  /**
   * The last day to complete the documents: the limit's working days after the call-up notice, plus the extra
   * working days granted for distance (at most the table's). After it the candidate is deemed not to qualify
   * (VI.A.1.c-e).
   */
  public Deadline documentsDue(LocalDate callUpNotice, int distanceWorkingDays) {
    if (distanceWorkingDays < 0 || distanceWorkingDays > limits.tambahanLetakGeografis()) {
      throw new IllegalArgumentException("Tambahan waktu karena letak geografis paling lama "
          + limits.tambahanLetakGeografis() + " hari kerja (VI.A.1.d), diminta " + distanceWorkingDays);
    }
    return after(callUpNotice, limits.kelengkapanDokumen() + distanceWorkingDays);
  }

  /** The last day for the PPK's decree after the number is received (VI.A.6.c; PPPK II VII.A). */
  public Deadline decreeDue(LocalDate nipReceived) {
    return after(nipReceived, limits.penetapanKeputusan());
  }

  /** PPPK: the last day the Kanreg should give the NI PPPK after the proposal (II VI.6.a). */
  public Deadline numberDue(LocalDate proposal) {
    return after(proposal, limits.penetapanNiPppk());
  }

  /** PPPK: the last day to complete an incomplete proposal after BKN's notice, else no number (II VI.6.c-d). */
  public Deadline correctionDue(LocalDate notice) {
    return after(notice, limits.perbaikanUsul());
  }

  /** PPPK: the last day to send the agreement and decree to BKN after the NI (II VIII.A). */
  public Deadline bknDeliveryDue(LocalDate numberReceived) {
    return after(numberReceived, limits.pengirimanKeBkn());
  }

  /** The last day to deliver the decree to the CPNS after it is set (VI.A.6.f). */
  public Deadline decreeDeliveryDue(LocalDate decreeDate) {
    return after(decreeDate, limits.penyampaianKeputusan());
  }

  /** The last day to report a replacement to the national committee (VI.A.6.g.2). */
  public Deadline replacementReportDue(LocalDate replacementDecree) {
    return after(replacementDecree, limits.laporanPengganti());
  }

  private Deadline after(LocalDate from, int workingDays) {
    return calendar.deadline(DeadlineRule.workingDaysAfter(from, workingDays));
  }

  /**
   * The latest SPMT date: the limit's months after the CPNS decree takes effect (VI.A.10.c); a decree effective on
   * the 31st of a month followed by a shorter one gives that month's last day.
   */
  LocalDate spmtLatest(LocalDate decreeTmt) {
    return decreeTmt.plusMonths(limits.spmtBulan());
  }

  /** Refuses an SPMT before the decree takes effect or after {@link #spmtLatest} (VI.A.9.b, VI.A.10.c). */
  void checkSpmt(LocalDate decreeTmt, LocalDate spmt) {
    if (spmt.isBefore(decreeTmt)) {
      throw new IllegalArgumentException("SPMT " + spmt + " sebelum TMT keputusan pengangkatan CPNS " + decreeTmt);
    }
    if (spmt.isAfter(spmtLatest(decreeTmt))) {
      throw new IllegalArgumentException("SPMT " + spmt + " melewati batas " + limits.spmtBulan() + " bulan sejak TMT "
          + "CPNS " + decreeTmt + " (paling lambat " + spmtLatest(decreeTmt) + ", VI.A.10.c)");
    }
  }

  /** The payroll officer proposes the CPNS's pay at most the limit's months after the SPMT (VI.A.10.d). */
  LocalDate payProposalDue(LocalDate spmt) {
    return spmt.plusMonths(limits.usulGajiBulan());
  }

  /** The probation of a CPNS whose decree takes effect on {@code tmtCpns} (VI.B.1-2). */
  Probation probation(LocalDate tmtCpns) {
    return new Probation(tmtCpns, limits.masaPercobaanTahun(), limits.laranganSeleksiTahun());
  }
}
