package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.kernel.ServiceTaskHandler.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NumberLateStepTest {

  @Test
  void theLatenessIsRecordedWithTheDayTheNumberWasDue() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
        AnAppointment.pppk().proposed("USUL-1", d("2025-05-08")).build());

    Result result = new NumberLateStep(appointments, AppointmentFakes.calendar()).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markNumberLate", ID));
    assertThat(appointments.history(ID)).singleElement().asString().startsWith("NOMOR_INDUK_TERLAMBAT: ")
        .contains("belum diterima sampai 2025-06-20, 25 hari kerja sejak usul 2025-05-08");
    assertThat(result).isEqualTo(Result.NOTHING);
  }

  @Test
  void onceRecordedItIsNotRecordedAgain() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
        AnAppointment.pppk().proposed("USUL-1", d("2025-05-08")).numberLate().build());

    new NumberLateStep(appointments, AppointmentFakes.calendar()).run(step(ID, Map.of()));

    assertThat(appointments.saved).isEmpty();
    assertThat(appointments.events).isEmpty();
  }
}
