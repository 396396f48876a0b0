package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.completion;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.asn.workflow.kernel.InvalidCompletionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PnsDecreeTaskTest {

  private final AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
      AnAppointment.cpns().status(AppointmentStatus.CPNS).usulData("Batang", "ISLAM", d("2025-05-01")).build());

  private Map<String, Object> complete(String tanggal, String today) {
    return new PnsDecreeTask(appointments, AppointmentFakes.forms(appointments), AppointmentFakes.calendar())
        .completed(completion(ID, Map.of("nomorSkPns", "800/PNS/2026", "tanggalSkPns", tanggal), d(today)));
  }

  @Test
  void thePnsTakesEffectOnTheFirstWorkingDayOfTheMonthAfterOneYear() {
    Map<String, Object> v = complete("2026-05-04", "2026-05-06");

    // 1 May 2026 is Labour Day, a Friday; the decree is dated the day it takes effect (VII.A.4)
    assertThat(appointments.saved).containsExactly(saved("recordPnsDecree", ID, "800/PNS/2026", d("2026-05-04"),
        d("2026-05-04")));
    assertThat(appointments.history(ID)).containsExactly(
        "SK_PNS: Keputusan pengangkatan PNS 800/PNS/2026 tanggal 2026-05-04, TMT PNS 2026-05-04");
    assertThat(v).containsExactly(Map.entry("tmtPns", "2026-05-04"));
  }

  @Test
  void aDecreeDatedAfterTodayIsRefused() {
    // dated TMT PNS (4 May), as it must be, but today is 20 April: it can be recorded from that day on
    assertThatThrownBy(() -> complete("2026-05-04", "2026-04-20"))
        .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("tanggalSkPns"))
        .hasMessageContaining("dapat dicatat mulai tanggal itu");
    assertThat(appointments.saved).isEmpty();
  }

  @Test
  void aDecreeNotDatedTheTmtPnsIsRefused() {
    assertThatThrownBy(() -> complete("2026-05-05", "2026-05-06"))
        .isInstanceOfSatisfying(InvalidCompletionException.class, e -> assertThat(e.field()).isEqualTo("tanggalSkPns"))
        .hasMessageContaining("TMT PNS 2026-05-04 (VII.A.4-6)");
    assertThat(appointments.saved).isEmpty();
  }
}
