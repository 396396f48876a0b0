package id.asn.workflow.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.SeededCalendar;
import id.asn.workflow.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** VII.A.5-6 over the seeded holiday decrees; weekdays and holidays checked against HOLIDAYS.md by hand. */
class TmtPnsTest {

  private final WorkingDayCalendar calendar = SeededCalendar.calendar();

  @ParameterizedTest(name = "TMT CPNS {0}: the 1st is {1}, TMT PNS {2} ({3})")
  @CsvSource(delimiter = '|', value = {
      "2025-07-01 | 2026-07-01 | 2026-07-01 | a Wednesday, a working day",
      "2025-06-15 | 2026-07-01 | 2026-07-01 | mid-month TMT: the 1st after the year is complete",
      "2025-01-01 | 2026-01-01 | 2026-01-02 | New Year (Thursday) moves to Friday",
      "2024-03-01 | 2025-03-01 | 2025-03-03 | a Saturday moves to Monday",
      "2025-01-02 | 2026-02-01 | 2026-02-02 | a Sunday moves to Monday",
      "2024-04-01 | 2025-04-01 | 2025-04-08 | Idul Fitri day 2, then cuti bersama 2-4 and 7 April",
      "2024-06-01 | 2025-06-01 | 2025-06-02 | Hari Lahir Pancasila on a Sunday",
      "2025-05-01 | 2026-05-01 | 2026-05-04 | Labour Day on a Friday, then the weekend",
      "2025-06-01 | 2026-06-01 | 2026-06-02 | Hari Lahir Pancasila on a Monday",
      "2024-02-29 | 2025-03-01 | 2025-03-03 | a leap-day TMT completes its year with February",
  })
  void firstOfTheMonthAfterOneYearOnAWorkingDay(LocalDate tmtCpns, LocalDate first, LocalDate tmtPns, String why) {
    assertThat(TmtPns.firstOfMonthAfterProbation(new Probation(tmtCpns, 1, 1))).isEqualTo(first);
    assertThat(TmtPns.of(new Probation(tmtCpns, 1, 1), calendar)).as(why).isEqualTo(tmtPns);
  }
}
