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

class DeadlineExtendedStepTest {

  @Test
  void theDaysGrantedForDistanceComeAfterThe15FromTheNotice() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
        AnAppointment.cpns().calledUp(d("2025-04-28"), 3).build());

    Result result = new DeadlineExtendedStep(appointments, AppointmentFakes.calendar()).run(step(ID, Map.of()));

    // 15 working days after 28 Apr 2025 is 22 May; then 23, 26, 27 May
    assertThat(appointments.saved).containsExactly(saved("moveDocumentsDeadline", ID, d("2025-05-27")));
    assertThat(((Deadline) result.variables().get("batasDokumen")).tanggal()).isEqualTo(d("2025-05-27"));
  }
}
