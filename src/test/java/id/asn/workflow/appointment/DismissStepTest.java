package id.asn.workflow.appointment;

import static id.asn.workflow.appointment.AnAppointment.ID;
import static id.asn.workflow.appointment.AppointmentFakes.saved;
import static id.asn.workflow.appointment.AppointmentFakes.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DismissStepTest {

  @Test
  void theGroundRecordedAsTheCandidateLeftAndTheYearsTheyMayNotApply() {
    DismissalGround ground = DismissalGround.DISIPLIN_BERAT;
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
        .status(AppointmentStatus.CPNS).left(ground.name(), 2026, null).build());

    new DismissStep(appointments).run(step(ID, Map.of()));

    assertThat(appointments.saved).containsExactly(saved("markDismissed", ID));
    assertThat(appointments.history(ID)).containsExactly("DIBERHENTIKAN: " + ground.label() + ": "
        + ground.kelas().label() + " (" + ground.reference() + "); tidak dapat melamar pada seleksi tahun anggaran "
        + "2026 (VI.B.8)");
  }

  @Test
  void withoutABarTheHistoryEndsWithTheGround() {
    DismissalGround ground = DismissalGround.DISIPLIN_BERAT;
    AppointmentFakes.Appointments appointments = new AppointmentFakes.Appointments(AnAppointment.cpns()
        .left(ground.name(), null, null).build());

    new DismissStep(appointments).run(step(ID, Map.of()));

    assertThat(appointments.history(ID)).singleElement().asString().endsWith("(" + ground.reference() + ")");
  }
}
