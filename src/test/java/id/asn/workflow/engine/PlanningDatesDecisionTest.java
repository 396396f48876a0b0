package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.workforce.PlanningDates;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/tanggal-kebutuhan.dmn through the engine, behind the workforce port (Peraturan BKN 9/2022). */
@AppTest
class PlanningDatesDecisionTest {

  @Autowired PlanningDates dates;

  @Test
  void dueByTheEndOfMarchOrOfAprilWhenTheBudgetPlanChanges() {
    assertThat(dates.lastDay(2026, false)).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(dates.lastDay(2026, true)).isEqualTo(LocalDate.of(2026, 4, 30));
    assertThat(dates.lastDay(2022, false)).isEqualTo(LocalDate.of(2022, 3, 31));
  }

  @Test
  void theStaffDataAreThoseOf31DecemberOfTheYearBefore() {
    assertThat(dates.dataDate(2026)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(dates.dataDate(2031)).isEqualTo(LocalDate.of(2030, 12, 31));
  }

  @Test
  void aYearBeforeTheRegulationIsRefusedAsMissingReferenceData() {
    assertThatThrownBy(() -> dates.lastDay(2021, false)).isInstanceOf(Refusal.class)
        .hasMessageContaining("processes/tanggal-kebutuhan.dmn").hasMessageContaining("tahun penyusunan 2021");
    assertThatThrownBy(() -> dates.dataDate(2021)).isInstanceOf(Refusal.class)
        .hasMessageContaining("tanggalData");
  }
}
