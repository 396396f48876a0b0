package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AnAppointment.d;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import id.asn.workflow.calendar.Deadline;
import id.asn.workflow.kernel.ServiceTaskHandler.Result;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorrectionRequestedStepTest {

  @Test
  void theUsulIsToBeCompletedWithin25WorkingDaysOfTheNoticeWithTheReasonInTheHistory() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk().build());

    Result result = new CorrectionRequestedStep(appointments, AppointmentFakes.calendar())
        .run(step(ID, Map.of("alasanUsul", "Ijazah tidak terbaca")));

    assertThat(appointments.saved).isEmpty();
    assertThat(appointments.history(ID)).containsExactly("USUL_BTS: Usul NI PPPK tidak lengkap (BTS): Ijazah tidak "
        + "terbaca; lengkapi paling lambat 2025-06-17 (25 hari kerja, VI.6.c)");
    assertThat(((Deadline) result.variables().get("batasPerbaikanUsul")).tanggal()).isEqualTo(d("2025-06-17"));
  }

  @Test
  void withoutAReasonTheHistorySaysNone() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk().build());

    new CorrectionRequestedStep(appointments, AppointmentFakes.calendar()).run(step(ID, Map.of()));

    assertThat(appointments.history(ID)).singleElement().asString()
        .startsWith("USUL_BTS: Usul NI PPPK tidak lengkap (BTS); lengkapi");
  }
}
