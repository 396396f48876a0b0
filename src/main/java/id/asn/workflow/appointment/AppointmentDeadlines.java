package id.asn.workflow.appointment;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.calendar.DeadlineRule;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The time limits of appointment as a CPNS and of the probation (Perbup Batang 6/2023 Lampiran I VI.A and VI.B) and
 * of appointment as calon PPPK and PPPK (Lampiran II VI, VII.A, VIII.A), computed on the working-day calendar. The
 * call-up's 15 + 10 working days and the 30 working days for the decree after the number are the same for both. Working days skip weekends, national holidays and cuti bersama; a count
 * of N working days "since" a date does not count that date. Each limit is a {@link Deadline}: provisional while its
 * span crosses a year whose holidays are not decreed yet, and counted again by its rule when they are.
 */
final class AppointmentDeadlines {

  /** Documents complete within 15 working days of the call-up notice (VI.A.1.c). */
  public static final int DOCUMENTS_WORKING_DAYS = 15;
  /** At most 10 more working days for the candidate's distance (VI.A.1.d). */
  public static final int MAX_DISTANCE_WORKING_DAYS = 10;
  /** The PPK's CPNS decree within 30 working days of receiving the NIP (VI.A.6.c). */
  public static final int DECREE_WORKING_DAYS = 30;
  /** The decree delivered within 7 working days (VI.A.6.f). */
  public static final int DELIVERY_WORKING_DAYS = 7;
  /** A replacement reported to the national committee within 20 working days once a NIP was proposed (VI.A.6.g.2). */
  public static final int REPLACEMENT_REPORT_WORKING_DAYS = 20;

  /** PPPK: the Kanreg gives the NI PPPK within 25 working days of the proposal (II VI.6.a). */
  public static final int NUMBER_WORKING_DAYS = 25;
  /** PPPK: the agreement and decree sent to BKN within 30 working days of receiving the NI (II VIII.A). */
  public static final int BKN_DELIVERY_WORKING_DAYS = 30;

  private final WorkingDayCalendar calendar;
  private final int correctionWorkingDays;

  /**
   * {@code correctionWorkingDays}: PPPK, an incomplete proposal is completed within this many working days of BKN's
   * notice, else no number (II VI.6.c-d); the Kanreg's limit for the same usul, {@code app.pertek.batas-perbaikan-hari-kerja}.
   */
  public AppointmentDeadlines(WorkingDayCalendar calendar, int correctionWorkingDays) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.correctionWorkingDays = correctionWorkingDays;
  }

  public int correctionWorkingDays() {
    return correctionWorkingDays;
  }

  /**
   * The last day to complete the documents: 15 working days after the call-up notice, plus the extra working days
   * granted for distance (0 to 10). After it the candidate is deemed not to qualify (VI.A.1.e).
   */
  public Deadline documentsDue(LocalDate callUpNotice, int distanceWorkingDays) {
    if (distanceWorkingDays < 0 || distanceWorkingDays > MAX_DISTANCE_WORKING_DAYS) {
      throw new IllegalArgumentException("Tambahan waktu karena letak geografis paling lama "
          + MAX_DISTANCE_WORKING_DAYS + " hari kerja (VI.A.1.d), diminta " + distanceWorkingDays);
    }
    return after(callUpNotice, DOCUMENTS_WORKING_DAYS + distanceWorkingDays);
  }

  /** The last day for the PPK's CPNS decree: 30 working days after the NIP is received (VI.A.6.c). */
  public Deadline decreeDue(LocalDate nipReceived) {
    return after(nipReceived, DECREE_WORKING_DAYS);
  }

  /** PPPK: the last day the Kanreg should give the NI PPPK, 25 working days after the proposal (II VI.6.a). */
  public Deadline numberDue(LocalDate proposal) {
    return after(proposal, NUMBER_WORKING_DAYS);
  }

  /** PPPK: the last day to complete an incomplete proposal, 25 working days after the notice (II VI.6.c). */
  public Deadline correctionDue(LocalDate notice) {
    return after(notice, correctionWorkingDays);
  }

  /** PPPK: the last day to send the agreement and decree to BKN, 30 working days after the NI (II VIII.A). */
  public Deadline bknDeliveryDue(LocalDate numberReceived) {
    return after(numberReceived, BKN_DELIVERY_WORKING_DAYS);
  }

  /** The last day to deliver the decree to the CPNS: 7 working days after it is set (VI.A.6.f). */
  public Deadline decreeDeliveryDue(LocalDate decreeDate) {
    return after(decreeDate, DELIVERY_WORKING_DAYS);
  }

  /** The last day to report a replacement to the national committee (VI.A.6.g.2). */
  public Deadline replacementReportDue(LocalDate replacementDecree) {
    return after(replacementDecree, REPLACEMENT_REPORT_WORKING_DAYS);
  }

  private Deadline after(LocalDate from, int workingDays) {
    return calendar.deadline(DeadlineRule.workingDaysAfter(from, workingDays));
  }

  /**
   * The latest SPMT date: 1 calendar month after the CPNS decree takes effect (VI.A.10.c); a decree effective on
   * the 31st of a month followed by a shorter one gives that month's last day.
   */
  public static LocalDate spmtLatest(LocalDate decreeTmt) {
    return decreeTmt.plusMonths(1);
  }

  /** Refuses an SPMT before the decree takes effect or later than a month after (VI.A.9.b, VI.A.10.c). */
  public static void checkSpmt(LocalDate decreeTmt, LocalDate spmt) {
    if (spmt.isBefore(decreeTmt)) {
      throw new IllegalArgumentException("SPMT " + spmt + " sebelum TMT keputusan pengangkatan CPNS " + decreeTmt);
    }
    if (spmt.isAfter(spmtLatest(decreeTmt))) {
      throw new IllegalArgumentException("SPMT " + spmt + " melewati batas 1 bulan sejak TMT CPNS " + decreeTmt
          + " (paling lambat " + spmtLatest(decreeTmt) + ", VI.A.10.c)");
    }
  }

  /** The payroll officer proposes the CPNS's pay at most 2 months after the SPMT (VI.A.10.d). */
  public static LocalDate payProposalDue(LocalDate spmt) {
    return spmt.plusMonths(2);
  }

  /**
   * The day one year of probation is complete, counted from TMT CPNS (VI.B.1-2): the same date a year later;
   * a TMT of 29 February completes its year at the end of 28 February, so the anniversary is 1 March.
   */
  public static LocalDate probationAnniversary(LocalDate tmtCpns) {
    if (tmtCpns.getMonth() == Month.FEBRUARY && tmtCpns.getDayOfMonth() == 29) {
      return LocalDate.of(tmtCpns.getYear() + 1, Month.MARCH, 1);
    }
    return tmtCpns.plusYears(1);
  }

  /** The last day of the 1-year probation. */
  public static LocalDate probationLastDay(LocalDate tmtCpns) {
    return probationAnniversary(tmtCpns).minusDays(1);
  }
}
