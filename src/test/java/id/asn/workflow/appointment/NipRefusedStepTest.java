package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NipRefusedStepTest {

  @Test
  void theOutcomeAndItsReasonEndTheAppointment() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns().build());

    new NipRefusedStep(appointments).run(step(ID, Map.of("hasilUsul", "TMS", "alasanUsul", "Usia melebihi batas")));

    assertThat(appointments.saved).containsExactly(saved("markUsulRefused", ID, "TMS: Usia melebihi batas"));
    assertThat(appointments.history(ID)).containsExactly("USUL_TMS: Usul NIP TMS: Usia melebihi batas");
  }

  @Test
  void anExpiredUsulWithoutAReason() {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.pppk().build());

    new NipRefusedStep(appointments).run(step(ID, Map.of("hasilUsul", "KEDALUWARSA")));

    assertThat(appointments.saved).containsExactly(saved("markUsulRefused", ID, "KEDALUWARSA"));
    assertThat(appointments.history(ID)).containsExactly("USUL_KEDALUWARSA: Usul NI PPPK KEDALUWARSA");
  }
}
