package id.asn.workflow.workforce;

import id.asn.workflow.support.ShippedEffectiveHours;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.workforce.WorkloadAnalysis.TaskLoad;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadAnalysisTest {

  /** The shipped 1,250 effective hours a year. */
  private static final int HOURS = ShippedEffectiveHours.HOURS;

  private static TaskLoad task(String volume, String normaMenit) {
    return new TaskLoad(new BigDecimal(volume), new BigDecimal(normaMenit));
  }

  @Test
  void theNeedIsTheYearlyWorkloadOverTwelveHundredFiftyEffectiveHours() {
    // 1,200 × 45 + 300 × 90 + 24 × 480 = 54,000 + 27,000 + 11,520 = 92,520 minutes = 1,542 hours
    WorkloadAnalysis.Workload workload = WorkloadAnalysis.of(List.of(task("1200", "45"), task("300", "90"),
        task("24", "480")), HOURS);

    assertThat(workload.bebanKerjaMenit()).isEqualByComparingTo("92520");
    assertThat(workload.bebanKerjaJam()).isEqualByComparingTo("1542.00");
    // 1,542 / 1,250 = 1.2336
    assertThat(workload.kebutuhanPegawai()).isEqualByComparingTo("1.23");
    assertThat(workload.kebutuhanPegawaiBulat()).isEqualTo(1);
  }

  @Test
  void theEffectivenessRatioComparesTheWorkloadWithWhatTheCurrentStaffCarry() {
    WorkloadAnalysis.Workload workload = WorkloadAnalysis.of(List.of(task("1200", "45"), task("300", "90"),
        task("24", "480")), HOURS);

    // 92,520 / (2 × 75,000) = 0.6168: two people for the work of 1.23
    assertThat(workload.efektivitasJabatan(2)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("0.62"));
    // one person carries 1.23 people's work
    assertThat(workload.efektivitasJabatan(1)).hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1.23"));
    assertThat(workload.efektivitasJabatan(0)).isEmpty();
  }

  @Test
  void wholePeopleRoundHalfUp() {
    // 1,875 hours = 1.5 people → 2; 1,861.25 hours = 1.489 → 1
    assertThat(WorkloadAnalysis.of(List.of(task("1875", "60")), HOURS).kebutuhanPegawaiBulat()).isEqualTo(2);
    assertThat(WorkloadAnalysis.of(List.of(task("1861.25", "60")), HOURS).kebutuhanPegawaiBulat()).isEqualTo(1);
    // a task done in fractions of minutes and volumes with decimals
    WorkloadAnalysis.Workload small = WorkloadAnalysis.of(List.of(task("12.5", "7.5")), HOURS);
    assertThat(small.bebanKerjaJam()).isEqualByComparingTo("1.56");
    assertThat(small.kebutuhanPegawaiBulat()).isZero();
  }

  @Test
  void noTasksIsNoWorkload() {
    assertThat(WorkloadAnalysis.of(List.of(), HOURS)).isEqualTo(WorkloadAnalysis.Workload.none(HOURS));
    assertThat(WorkloadAnalysis.Workload.none(HOURS).kebutuhanPegawaiBulat()).isZero();
  }

  @Test
  void workloadsAddUpForAUnit() {
    WorkloadAnalysis.Workload a = WorkloadAnalysis.of(List.of(task("600", "60")), HOURS);
    WorkloadAnalysis.Workload b = WorkloadAnalysis.of(List.of(task("900", "60")), HOURS);
    assertThat(a.plus(b).bebanKerjaJam()).isEqualByComparingTo("1500");
    assertThat(a.plus(b).kebutuhanPegawai()).isEqualByComparingTo("1.20");
  }
}
