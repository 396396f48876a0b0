package id.asn.workflow.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.WorkingDayCalendar;
import id.asn.workflow.calendar.YearDays;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaStandardTest {

  @Test
  void aDurationStandardRunsOutThatManySecondsAfterCreation() {
    SlaStandard verifikasi = new SlaStandard("pertekNiCasn", "verifikasiUsul", "Verifikasi", 600, null, 90);
    ZonedDateTime created = ZonedDateTime.of(2025, 1, 31, 23, 55, 0, 0, SlaZone.JAKARTA);
    assertThat(verifikasi.batas(created.toInstant(), null)).isEqualTo(created.plusMinutes(10).toInstant());
  }

  @Test
  void aWorkingDayStandardRunsOutAtTheEndOfTheNthWorkingDayInJakarta() {
    // Friday 3 January 2025 is a holiday here: 2 working days after Thursday 2 January → Tuesday 7 January
    WorkingDayCalendar calendar = new WorkingDayCalendar(y -> YearDays.decreed(Set.of(LocalDate.of(2025, 1, 3))));
    SlaStandard standard = new SlaStandard("pengangkatanCpns", "terbitkanSk", "Penerbitan SK", null, 2, 80);
    ZonedDateTime created = ZonedDateTime.of(2025, 1, 2, 15, 0, 0, 0, SlaZone.JAKARTA);
    assertThat(standard.batas(created.toInstant(), calendar))
        .isEqualTo(ZonedDateTime.of(2025, 1, 8, 0, 0, 0, 0, SlaZone.JAKARTA).toInstant());
  }

  @Test
  void exactlyOneKindOfStandardIsRequired() {
    assertThatThrownBy(() -> new SlaStandard("p", "k", "n", 600, 2, 90)).hasMessageContaining("salah satu");
    assertThatThrownBy(() -> new SlaStandard("p", "k", "n", null, null, 90)).hasMessageContaining("salah satu");
    assertThatThrownBy(() -> new SlaStandard("p", "k", "n", 0, null, 90)).hasMessageContaining("standarDetik");
    assertThatThrownBy(() -> new SlaStandard("p", "k", "n", 60, null, 0)).hasMessageContaining("targetPersen");
    assertThatThrownBy(() -> new SlaStandard("p x", "k", "n", 60, null, 90)).hasMessageContaining("proses");
  }
}
