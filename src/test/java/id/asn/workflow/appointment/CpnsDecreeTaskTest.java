package id.asn.workflow.appointment;

import id.asn.workflow.support.ShippedCpnsPayRules;
import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.InvalidCompletionException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpnsDecreeTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
      .usulData("Batang", "ISLAM", d("2025-05-01")).number("199805172025062001", d("2025-03-24")).build());

  private Map<String, Object> complete(Map<String, Object> values, LocalDate today) {
    return new CpnsDecreeTask(appointments, AppointmentFakes.forms(appointments), AppointmentFakes.calendar(),
        ShippedCpnsPayRules.INSTANCE)
        .completed(completion(ID, values, today));
  }

  private static Map<String, Object> decree(String tanggal) {
    Map<String, Object> v = new HashMap<>(Map.of("nomorSkCpns", "800/12/2025", "tanggalSkCpns", tanggal,
        "golonganRuang", "III/a", "gajiPokok", 2_785_700));
    v.put("masaKerjaSebelumnya", "SWASTA_BERBADAN_HUKUM;2018-01-01;2019-12-31");
    return v;
  }

  @Test
  void theDecreeWith80PercentOfThePayAndThePriorServiceCredited() {
    Map<String, Object> v = complete(decree("2025-05-05"), d("2025-05-05"));

    MasaKerja credited = CpnsDecreeTask.priorService("SWASTA_BERBADAN_HUKUM;2018-01-01;2019-12-31", ShippedCpnsPayRules.RULE);
    assertThat(appointments.saved).containsExactly(saved("recordCpnsDecree", ID, "800/12/2025", d("2025-05-05"),
        "III/a", 2_785_700L, 2_228_560L, credited.totalBulan()));
    assertThat(appointments.history(ID)).singleElement().asString().startsWith("SK_CPNS: Keputusan pengangkatan "
        + "CPNS 800/12/2025 tanggal 2025-05-05, TMT 2025-05-01, golongan III/a, gaji 80% 2228560").doesNotContain(
        "TERLAMBAT");
    // 7 working days after Mon 5 May 2025: 6-9, (12-13 off) 14-16 May
    assertThat(((Deadline) v.get("batasPenyerahanSk")).tanggal()).isEqualTo(d("2025-05-16"));
  }

  @Test
  void laterThan30WorkingDaysAfterTheNipIsRecordedAsLate() {
    complete(decree("2025-05-21"), d("2025-05-21"));

    // 30 working days after 24 Mar 2025, past Lebaran, Good Friday, 1 May and Waisak
    assertThat(appointments.history(ID)).singleElement().asString()
        .endsWith("; TERLAMBAT, batas 2025-05-20 (VI.A.6.c)");
  }

  @Test
  void aDecreeBeforeTheNipIsRefused() {
    assertThatThrownBy(() -> complete(decree("2025-03-21"), d("2025-05-05")))
        .isInstanceOfSatisfying(InvalidCompletionException.class,
            e -> assertThat(e.field()).isEqualTo("tanggalSkCpns"));
    assertThat(appointments.saved).isEmpty();
  }
}
