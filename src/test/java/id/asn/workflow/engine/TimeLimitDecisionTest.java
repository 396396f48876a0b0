package id.asn.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.TimeLimit;
import id.asn.workflow.calendar.TimeLimits;
import id.asn.workflow.kernel.Refusal;
import id.asn.workflow.support.AppTest;
import id.asn.workflow.support.ShippedTimeLimits;
import java.io.File;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** processes/tenggat.dmn through the engine, behind the calendar port: every row, and what it refuses. */
@AppTest
class TimeLimitDecisionTest {

  @Autowired TimeLimits limits;

  @Test
  void everyRowOfTheShippedTableIsWhatTheEngineGivesWithItsUnitAndASource() {
    var rules = Dmn.readModelFromFile(new File("processes/tenggat.dmn")).getModelElementsByType(Rule.class);
    assertThat(rules).hasSizeGreaterThanOrEqualTo(18);
    for (Rule rule : rules) {
      String kind = rule.getInputEntries().iterator().next().getTextContent().replace("\"", "").strip();
      assertThat(rule.getDescription().getTextContent()).as(kind + " names its source")
          .containsAnyOf("Lampiran I", "Lampiran II", "POS", "Peraturan BKN");
      assertThat(limits.of(kind)).isEqualTo(ShippedTimeLimits.INSTANCE.of(kind));
    }
    assertThat(limits.of("pengumumanLowongan")).isEqualTo(new TimeLimit("pengumumanLowongan", 15,
        TimeLimit.Satuan.HARI_KALENDER));
    assertThat(limits.of("perbaikanUsul")).isEqualTo(new TimeLimit("perbaikanUsul", 25, TimeLimit.Satuan.HARI_KERJA));
  }

  @Test
  void aKindTheTableDoesNotHoldIsRefusedAsMissingReferenceDataNotGuessed() {
    assertThatThrownBy(() -> limits.of("tidakAda")).isInstanceOf(Refusal.class)
        .hasMessageContaining("tidak memuat jumlah untuk tenggat 'tidakAda'")
        .satisfies(e -> assertThat(((Refusal) e).kind()).isEqualTo(Refusal.Kind.CONFLICT));
  }

  @Test
  void aRowReadInAnotherUnitThanTheStepCountsInIsRefusedByName() {
    TimeLimit months = limits.of("spmt");
    assertThat(months.in(TimeLimit.Satuan.BULAN)).isEqualTo(1);
    assertThatThrownBy(() -> months.in(TimeLimit.Satuan.HARI_KERJA)).isInstanceOf(Refusal.class)
        .hasMessageContaining("Tenggat spmt").hasMessageContaining("dalam BULAN")
        .hasMessageContaining("menghitungnya dalam HARI_KERJA");
  }
}
