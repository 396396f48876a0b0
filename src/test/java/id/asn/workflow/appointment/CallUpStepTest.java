package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallUpStepTest {

  @Test
  void theNoticeIsTodayAndTheDocumentsAreDue15WorkingDaysLater() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns().build());

    Result result = new CallUpStep(appointments, AppointmentFakes.calendar()).run(step(ID, Map.of()));

    // Mon 5 May 2025: 6-9, (12-13 Waisak and cuti bersama) 14-16, 19-23, 26-28 May
    assertThat(appointments.saved).containsExactly(saved("recordCallUp", ID, d("2025-05-05"), d("2025-05-28")));
    assertThat(appointments.history(ID)).singleElement().asString().startsWith("PANGGILAN: ")
        .contains("paling lambat 2025-05-28 (15 hari kerja)");
    assertThat(((Deadline) result.variables().get("batasDokumen")).tanggal()).isEqualTo(d("2025-05-28"));
  }

  @Test
  void aRetryKeepsTheNoticeAndRecordsNothingAgain() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
        AnAppointment.cpns().calledUp(d("2025-04-28"), 0).build());

    Result result = new CallUpStep(appointments, AppointmentFakes.calendar()).run(step(ID, Map.of()));

    assertThat(appointments.saved).isEmpty();
    assertThat(appointments.events).isEmpty();
    // Mon 28 Apr 2025: 29, 30 Apr, (1 May off) 2, 5-9, (12-13 off) 14-16, 19-22 May
    assertThat(((Deadline) result.variables().get("batasDokumen")).tanggal()).isEqualTo(d("2025-05-22"));
  }
}
