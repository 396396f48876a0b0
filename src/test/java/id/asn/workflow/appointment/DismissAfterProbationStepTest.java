package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DismissAfterProbationStepTest {

  private AppointmentFakes.Appointments dismiss(String hasilLatsar) {
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(
        AnAppointment.cpns().latsar(hasilLatsar).build());
    new DismissAfterProbationStep(appointments).run(step(ID, Map.of()));
    return appointments;
  }

  @Test
  void notPassingTheTrainingIsTheGround() {
    AppointmentFakes.Appointments appointments = dismiss("TIDAK_LULUS");

    assertThat(appointments.saved).containsExactly(saved("dismissAfterProbation", ID,
        DismissalGround.TIDAK_LULUS_DIKLAT));
    DismissalGround ground = DismissalGround.TIDAK_LULUS_DIKLAT;
    assertThat(appointments.history(ID)).containsExactly("DIBERHENTIKAN: " + ground.label() + ": "
        + ground.kelas().label() + " (" + ground.reference() + ")");
  }

  @Test
  void passingTheTrainingButNotHealthyIsTheOther() {
    assertThat(dismiss("LULUS").saved).containsExactly(saved("dismissAfterProbation", ID,
        DismissalGround.TIDAK_SEHAT));
  }
}
